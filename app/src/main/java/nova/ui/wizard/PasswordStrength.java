package nova.ui.wizard;

/** A hint for the admin password, not a policy: length counts most, then variety of characters. */
public enum PasswordStrength {
    EMPTY, WEAK, MEDIUM, STRONG;

    public static PasswordStrength of(String password) {
        if (password == null || password.isEmpty()) {
            return EMPTY;
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (password.length() >= 12 && classes >= 3 || password.length() >= 16) {
            return STRONG;
        }
        if (password.length() >= 10 && classes >= 2) {
            return MEDIUM;
        }
        return WEAK;
    }
}
