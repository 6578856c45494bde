package nova.sync.store;

import java.sql.Connection;
import java.sql.SQLException;
import nova.store.Database;

/** Runs sync work in one local transaction of the encrypted store: all of it commits, or none of it. */
public final class LocalTransactions {

    /** Work on the sync tables; SQL errors roll the transaction back. */
    @FunctionalInterface
    public interface Work<T> {
        T run(LocalTx tx) throws SQLException;
    }

    private final Database database;

    public LocalTransactions(Database database) {
        this.database = database;
    }

    public <T> T inTransaction(Work<T> work) {
        return database.inTransaction(session -> {
            // Within a transaction the session keeps one physical connection until commit.
            Connection connection = session.doReturningWork(c -> c);
            try {
                return work.run(new LocalTx(session, connection));
            } catch (SQLException e) {
                throw new LocalStoreException(e);
            }
        });
    }

    public Database database() {
        return database;
    }
}
