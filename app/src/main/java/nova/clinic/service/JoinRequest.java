package nova.clinic.service;

/**
 * A desk joining a clinic that already syncs (« Rejoindre un cabinet existant »): the hub, the site and its
 * login, and this desk's first administrator (accounts are per desk, they never sync).
 * {@code hubUser} null: the site's standard login role.
 */
public record JoinRequest(
        String hubUrl,
        String siteId,
        String hubUser,
        char[] hubPassword,
        boolean tlsOffForLoopbackHub,
        String adminUser,
        char[] adminPassword) {
}
