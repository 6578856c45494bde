package nova.ui.login;

import nova.ui.session.DeskSession;
import nova.ui.support.UserMessageException;

/** Opens the encrypted store for a user. Blocking (key derivation, database start): call it in the background. */
@FunctionalInterface
public interface LoginGateway {

    /** @throws UserMessageException on a wrong user or password, with a French message; nothing is opened */
    DeskSession open(String user, char[] password) throws UserMessageException;
}
