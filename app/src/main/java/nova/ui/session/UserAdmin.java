package nova.ui.session;

import java.util.List;
import nova.security.domain.UserAccount;
import nova.security.domain.Role;
import nova.ui.support.UserMessageException;

/** The accounts of this workstation, for its administrator. Calls may block: run them through a BackgroundTask. */
public interface UserAdmin {

    /** Every account, deactivated ones included. */
    List<UserAccount> users();

    /**
     * Creates an account that opens the same store (the data key is wrapped for it); accounts never sync.
     *
     * @throws UserMessageException when refused (name taken or invalid, weak password), with the French reason
     */
    void addUser(String username, String displayName, Role role, char[] password) throws UserMessageException;

    /** A new password for another account (forgotten); its old one stops working. */
    void resetPassword(String username, char[] password) throws UserMessageException;

    /**
     * Deactivates the account (it can no longer log in, its name stays on the history) or reactivates it.
     *
     * @throws UserMessageException for one's own account or the last active administrator, with the French reason
     */
    void setActive(String username, boolean active) throws UserMessageException;
}
