package nova.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import nova.app.Workstation;
import nova.app.WorkstationDesk;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import nova.testing.TestStores;
import nova.ui.support.CurrentThreadTaskExecutor;
import nova.ui.support.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin's hub settings on a real store: TLS verification on by default, refusals in French, password kept. */
class HubSettingsViewModelTest {

    @TempDir
    Path dir;

    private Workstation workstation;
    private HubSettingsViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        TestStores.create(dir, "cabinet-alger", false);
        workstation = TestStores.login(dir);
        viewModel = new HubSettingsViewModel(new WorkstationDesk(workstation).adminSettings().orElseThrow(),
                new CurrentThreadTaskExecutor(), new Messages());
        viewModel.load();
    }

    @AfterEach
    void close() {
        workstation.close();
    }

    @Test
    void aRemoteHubNeedsTlsVerificationAndThePasswordIsKeptWhenLeftEmpty() {
        assertTrue(viewModel.verifyTlsProperty().get(), "verification is on by default");
        AtomicInteger closed = new AtomicInteger();
        viewModel.urlProperty().set("postgresql://hub.exemple.dz:5432/nova");
        viewModel.siteProperty().set("alger-1");
        viewModel.passwordProperty().set("secret-du-hub");
        viewModel.verifyTlsProperty().set(false);
        viewModel.save(closed::incrementAndGet);
        assertEquals(0, closed.get(), "refused: the dialog stays open");
        assertTrue(viewModel.errorProperty().get().startsWith("Le chiffrement TLS ne peut être désactivé"),
                viewModel.errorProperty().get());
        assertFalse(workstation.sync().settings().configured());

        viewModel.verifyTlsProperty().set(true);
        viewModel.save(closed::incrementAndGet);
        assertEquals(1, closed.get());
        assertTrue(workstation.sync().settings().configured());
        assertEquals("", viewModel.passwordProperty().get(), "the password is never shown back");
        assertEquals("Mot de passe enregistré", viewModel.passwordStateProperty().get());

        viewModel.siteProperty().set("alger-2");
        viewModel.save(closed::incrementAndGet);
        var credentials = workstation.sync().settings().hubCredentials();
        assertEquals("secret-du-hub", new String(credentials.password()), "an empty field keeps the password");
        assertEquals("alger-2", credentials.siteId());
        assertEquals("nova_site_alger_2", credentials.user(), "the standard role follows the site");
    }

    @Test
    void tryingTheHubReportsWhatAnsweredAndSavesNothing() {
        TestHub hub = HubTestServer.newHub();
        String site = hub.newSite("kita");
        viewModel.urlProperty().set(hub.jdbcUrl().replace("jdbc:", ""));
        viewModel.siteProperty().set(site);
        viewModel.passwordProperty().set(TestHub.SITE_PASSWORD);
        viewModel.verifyTlsProperty().set(false);
        viewModel.tryHub();
        String reached = viewModel.reachedProperty().get();
        assertTrue(reached.matches("Connexion réussie en \\d+,\\d s : le hub accepte le compte « nova_site_kita_"
                + site.substring(5) + " »\\. Enregistrez pour l’utiliser\\."), reached);
        assertEquals("", viewModel.errorProperty().get());
        assertFalse(viewModel.tryingProperty().get());
        assertFalse(workstation.sync().settings().configured(), "a try saves nothing");
    }

    @Test
    void aWrongSitePasswordIsRefusedByTheHubWithTheAccountNamed() {
        TestHub hub = HubTestServer.newHub();
        String site = hub.newSite("kati");
        viewModel.urlProperty().set(hub.jdbcUrl().replace("jdbc:", ""));
        viewModel.siteProperty().set(site);
        viewModel.passwordProperty().set("pas-le-bon-mot-de-passe");
        viewModel.verifyTlsProperty().set(false);
        viewModel.tryHub();
        assertEquals("Le hub refuse le compte « nova_site_kati_" + site.substring(5) + " » : mot de passe erroné ou"
                + " compte inconnu du hub. Corrigez-le dans Réglages › Synchronisation (hub).",
                viewModel.errorProperty().get());
        assertEquals("", viewModel.reachedProperty().get());
    }

    @Test
    void aHubThatDoesNotAnswerIsNamedInTheError() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        viewModel.urlProperty().set("postgresql://127.0.0.1:" + closedPort + "/nova");
        viewModel.siteProperty().set("kita-1");
        viewModel.passwordProperty().set("secret-du-hub");
        viewModel.verifyTlsProperty().set(false);
        viewModel.tryHub();
        assertTrue(viewModel.errorProperty().get().startsWith("Hub injoignable (127.0.0.1:" + closedPort + ")"),
                viewModel.errorProperty().get());
        assertEquals("", viewModel.reachedProperty().get());
    }

    @Test
    void tryingWithoutAPasswordNeedsOneStored() {
        viewModel.urlProperty().set("postgresql://hub.exemple.dz:5432/nova");
        viewModel.siteProperty().set("kita-1");
        viewModel.tryHub();
        assertEquals("Indiquez le mot de passe du site.", viewModel.errorProperty().get());
    }
}
