package nova.referral.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nova.referral.domain.ReferralSite;
import nova.store.Database;
import org.hibernate.Session;

/**
 * The other sites of the hub, as the last synchronisation listed them (table {@code hub_site}, refreshed by the
 * sync): the consultation form offers them as destinations, offline as well. A site the hub no longer lists is
 * kept, marked removed: never offered again, but its last known name still names the referrals exchanged with it
 * (decision 0216).
 */
public final class SiteDirectory {

    private final Database database;

    public SiteDirectory(Database database) {
        this.database = database;
    }

    /** Every site a referral can be addressed to now, by name. */
    public List<ReferralSite> sites() {
        return database.inTransaction(session -> session.createNativeQuery(
                        "SELECT site_id, name, address FROM hub_site WHERE removed_at IS NULL ORDER BY name, site_id",
                        Object[].class)
                .getResultList().stream()
                .map(row -> new ReferralSite((String) row[0], (String) row[1], (String) row[2])).toList());
    }

    /** One site a referral can be addressed to now, read in the caller's transaction (empty if removed). */
    Optional<ReferralSite> find(Session session, String siteId) {
        return session.createNativeQuery("SELECT site_id, name, address FROM hub_site WHERE site_id = :id"
                                + " AND removed_at IS NULL", Object[].class).setParameter("id", siteId).getResultStream()
                .map(row -> new ReferralSite((String) row[0], (String) row[1], (String) row[2])).findFirst();
    }

    /** The last name the hub gave each site this desk ever saw, removed ones included, by site id. */
    Map<String, String> lastKnownNames(Session session) {
        return session.createNativeQuery("SELECT site_id, name FROM hub_site", Object[].class).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }
}
