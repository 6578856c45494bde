package nova.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import nova.security.service.KeyWrapping;
import org.junit.jupiter.api.Test;

class KeyWrappingTest {

    private final KeyWrapping wrapping = new KeyWrapping(new SecureRandom(), KeyWrapping.Cost.DEFAULT);

    @Test
    void theRightPasswordUnwrapsTheSameDataKey() {
        byte[] dataKey = wrapping.newDataKey();
        var wrapped = wrapping.wrap(dataKey, "amina", "un mot de passe".toCharArray());
        assertArrayEquals(dataKey, wrapping.unwrap(wrapped, "amina", "un mot de passe".toCharArray()).orElseThrow());
    }

    @Test
    void aWrongPasswordOrAnotherUserGetsNothing() {
        byte[] dataKey = wrapping.newDataKey();
        var wrapped = wrapping.wrap(dataKey, "amina", "un mot de passe".toCharArray());
        assertTrue(wrapping.unwrap(wrapped, "amina", "un mot de passE".toCharArray()).isEmpty());
        assertTrue(wrapping.unwrap(wrapped, "karim", "un mot de passe".toCharArray()).isEmpty(),
                "the username is bound to the wrapped key: an entry cannot be copied to another account");
    }

    @Test
    void twoUsersShareOneDataKeyUnderDifferentPasswords() {
        byte[] dataKey = wrapping.newDataKey();
        var forAdmin = wrapping.wrap(dataKey, "admin", "premier secret".toCharArray());
        var forDoctor = wrapping.wrap(dataKey, "dr.benali", "second secret".toCharArray());
        assertArrayEquals(wrapping.unwrap(forAdmin, "admin", "premier secret".toCharArray()).orElseThrow(),
                wrapping.unwrap(forDoctor, "dr.benali", "second secret".toCharArray()).orElseThrow());
    }
}
