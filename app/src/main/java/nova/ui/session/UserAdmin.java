package nova.ui.session;

import java.util.List;
import nova.security.domain.CurrentUser;
import nova.security.domain.Role;
import nova.ui.support.UserMessageException;

/** The accounts of this workstation, for its administrator. Calls may block: run them through a BackgroundTask. */
public interface UserAdmin {

    List<CurrentUser> users();

    /**
     * Creates an account that opens the same store (the data key is wrapped for it); accounts never sync.
     *
     * @throws UserMessageException when refused (name taken or invalid, weak password), with the French reason
     */
    void addUser(String username, String displayName, Role role, char[] password) throws UserMessageException;

    /** A new password for another account (forgotten); its old one stops working. */
    void resetPassword(String username, char[] password) throws UserMessageException;
}
