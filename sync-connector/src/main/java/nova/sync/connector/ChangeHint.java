package nova.sync.connector;

/**
 * A "something changed, pull now" signal. Only a hint: it may be late, coalesced or lost, so the caller keeps
 * polling on a timer as well and never reads data from it.
 */
public interface ChangeHint extends AutoCloseable {

    /** Registers a listener called (on a connector thread) when the hub says this site has new changes. */
    void onChange(Runnable listener);

    @Override
    void close();
}
