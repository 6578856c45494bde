package nova.referral.service;

import java.util.List;
import java.util.Optional;
import nova.referral.domain.ReferralSite;
import nova.store.Database;
import org.hibernate.Session;

/**
 * The other sites of the hub, as the last synchronisation listed them (table {@code hub_site}, refreshed by the
 * sync): the consultation form offers them as destinations, offline as well.
 */
public final class SiteDirectory {

    private final Database database;

    public SiteDirectory(Database database) {
        this.database = database;
    }

    /** Every known site, by name. */
    public List<ReferralSite> sites() {
        return database.inTransaction(session -> session.createNativeQuery(
                        "SELECT site_id, name, address FROM hub_site ORDER BY name, site_id", Object[].class)
                .getResultList().stream()
                .map(row -> new ReferralSite((String) row[0], (String) row[1], (String) row[2])).toList());
    }

    /** One site, read in the caller's transaction. */
    Optional<ReferralSite> find(Session session, String siteId) {
        return session.createNativeQuery("SELECT site_id, name, address FROM hub_site WHERE site_id = :id",
                        Object[].class).setParameter("id", siteId).getResultStream()
                .map(row -> new ReferralSite((String) row[0], (String) row[1], (String) row[2])).findFirst();
    }
}
