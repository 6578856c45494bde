package nova.ui.session;

import nova.ui.support.UserMessageException;

/** The logged-in user's own account. Calls may block: run them through a BackgroundTask. */
public interface OwnAccount {

    /**
     * @throws UserMessageException when the old password is wrong or the new one too weak, with the French reason
     */
    void changePassword(char[] oldPassword, char[] newPassword) throws UserMessageException;
}
