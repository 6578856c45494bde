package nova.sync.store;

import java.sql.Connection;
import org.hibernate.Session;

/**
 * One local transaction seen both ways: the Hibernate session (entities, the outbox writer) and its JDBC
 * connection (the sync tables and the generic row writer). Flush the session before reading with SQL what it
 * may still hold.
 */
public record LocalTx(Session session, Connection connection) {
}
