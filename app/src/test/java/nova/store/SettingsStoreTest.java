package nova.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nova.app.Workstation;
import nova.assistant.service.StoredClaudeSettings;
import nova.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void theClaudeKeyIsKeptInsideTheEncryptedStore() throws Exception {
        TestStores.create(dir, "cabinet-alger", false);
        String key = "sk-ant-api03-TESTKEYNEVERINCLEAR";
        try (Workstation workstation = TestStores.login(dir)) {
            StoredClaudeSettings settings = new StoredClaudeSettings(new SettingsStore(workstation.database()));
            assertFalse(settings.hasApiKey());
            settings.update(true, key, "");
            assertEquals(key, new String(settings.apiKey()));
            assertEquals("claude-haiku-4-5", settings.model());
            assertTrue(settings.enabled());
        }
        try (Workstation workstation = TestStores.login(dir)) {
            StoredClaudeSettings settings = new StoredClaudeSettings(new SettingsStore(workstation.database()));
            assertEquals(key, new String(settings.apiKey()), "the key survives a restart");
            settings.update(false, key, "claude-sonnet-4-5");
            assertFalse(settings.enabled());
        }
        assertFalse(nova.testing.DataFiles.anyFileContains(dir, "TESTKEYNEVERINCLEAR"), "the API key is not on disk in clear");
    }
}
