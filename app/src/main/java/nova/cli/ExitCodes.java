package nova.cli;

/** Exit statuses shared by the commands, so scripts can tell a refusal from a login failure. */
final class ExitCodes {

    static final int OK = 0;
    /** The request was understood but refused (a rule, a validation). */
    static final int REFUSED = 1;
    /** Bad arguments (picocli's usage errors use 2 as well). */
    static final int USAGE = 2;
    /** Wrong user or password, or a store that cannot be opened. */
    static final int ACCESS_DENIED = 3;

    private ExitCodes() {
    }
}
