package nova.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose target is set later. The object mapping is built while the login screen is shown, before
 * anyone typed the password that unlocks the store; the encrypted store is attached once it is open.
 */
final class DeferredDataSource implements DataSource {

    private volatile DataSource target;

    void attach(DataSource dataSource) {
        this.target = dataSource;
    }

    private DataSource target() throws SQLException {
        DataSource current = target;
        if (current == null) {
            throw new SQLException("The store is not unlocked yet");
        }
        return current;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Logging goes through SLF4J.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // Connections come from the attached pool, which has its own settings.
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return target().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target != null && target.isWrapperFor(type);
    }
}
