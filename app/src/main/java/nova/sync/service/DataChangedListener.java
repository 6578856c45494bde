package nova.sync.service;

import java.util.Set;

/**
 * Told after the sync changed local records (pulled, merged or resolved), so that screens reload. Called on the
 * sync thread: a screen hops to its own thread itself.
 */
@FunctionalInterface
public interface DataChangedListener {

    /** {@code entities}: the hub entity names that changed ("patient", "appointment"). */
    void dataChanged(Set<String> entities);
}
