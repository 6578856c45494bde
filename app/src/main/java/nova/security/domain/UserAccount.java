package nova.security.domain;

/**
 * An account of this workstation as its administrator sees it. A deactivated account cannot log in but is kept:
 * the history and the audit name the person who did what.
 */
public record UserAccount(String username, String displayName, Role role, boolean active) {
}
