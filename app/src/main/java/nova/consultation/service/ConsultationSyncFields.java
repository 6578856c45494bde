package nova.consultation.service;

import java.util.HashSet;
import java.util.Set;

/**
 * The consultation's synced fields that are clinical: changed differently on two workstations before they
 * synced, they go to the "À résoudre" list with both values instead of the latest silently winning.
 */
public final class ConsultationSyncFields {

    public static final Set<String> CLINICAL = Set.of("reason", "temperature_tenths", "pulse_bpm", "systolic_mmhg",
            "diastolic_mmhg", "weight_tenths_kg", "notes", "diagnosis", "treatment", "prescription", "referral");

    private ConsultationSyncFields() {
    }

    /** {@code base} (the resolver's default clinical fields) plus the consultation's. */
    public static Set<String> with(Set<String> base) {
        Set<String> all = new HashSet<>(base);
        all.addAll(CLINICAL);
        return Set.copyOf(all);
    }
}
