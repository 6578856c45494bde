package nova.security.service;

import nova.common.ValidationException;

/** The one rule for passwords: long enough to resist guessing, since it protects the whole store. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    public static void check(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new ValidationException("Le mot de passe doit compter au moins " + MIN_LENGTH + " caractères.");
        }
    }
}
