package nova.consultation.service;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nova.consultation.store.VitalsColumns;

/**
 * The consultation's synced fields that are clinical: changed differently on two workstations before they
 * synced, they go to the "À résoudre" list with both values instead of the latest silently winning.
 */
public final class ConsultationSyncFields {

    public static final Set<String> CLINICAL = Stream.concat(VitalsColumns.SYNC_FIELDS.stream(),
                    Stream.of("reason", "notes", "diagnosis", "treatment", "prescription", "referral"))
            .collect(Collectors.toUnmodifiableSet());

    private ConsultationSyncFields() {
    }

    /** {@code base} (the resolver's default clinical fields) plus the consultation's. */
    public static Set<String> with(Set<String> base) {
        Set<String> all = new HashSet<>(base);
        all.addAll(CLINICAL);
        return Set.copyOf(all);
    }
}
