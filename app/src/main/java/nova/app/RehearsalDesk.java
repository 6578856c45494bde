package nova.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import nova.clinic.service.ClinicPresets;
import nova.clinic.service.SetupService;
import nova.security.domain.CurrentUser;
import nova.security.service.KeyWrapping;
import nova.security.store.UserAccountEntity;
import nova.store.Database;
import nova.store.StoreLayout;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * A throwaway workstation for the login screen's warm-up: the demo clinic of the Algiers preset in an in-memory
 * database that dies with it, wired by the same composition root as a real session. The login screen builds the
 * main window on it off screen while the user types, so that the real login finds the database engine, the mapping,
 * the services and the screens loaded and compiled. It holds no patient of the clinic and never touches the disk.
 */
final class RehearsalDesk {

    private static final String USER = "rehearsal";

    private RehearsalDesk() {
    }

    static WorkstationDesk open(Clock clock, KeyWrapping keyWrapping) {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:nova-rehearsal-" + UUID.randomUUID(),
                USER, "");
        Database database = null;
        try {
            database = Database.open(pool);
            new SetupService(clock, keyWrapping).populate(database,
                    ClinicPresets.cabinetAlger().withAdmin(USER, "rehearsal-only".toCharArray(), true));
            CurrentUser admin = database.inTransaction(session -> session.createSelectionQuery(
                            "from UserAccountEntity where username = :u", UserAccountEntity.class)
                    .setParameter("u", USER).getSingleResult().toCurrentUser());
            // The layout points nowhere: a rehearsal never writes keys, backups or logs.
            StoreLayout nowhere = new StoreLayout(Path.of("nova-rehearsal-" + UUID.randomUUID()));
            return new WorkstationDesk(new Workstation(nowhere, pool::dispose, database, admin, clock, keyWrapping,
                    new byte[32]));
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            pool.dispose();
            throw e;
        }
    }
}
