package nova.sync.connector.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.Operation;

/** Builds realistic change records for tests and benchmarks. */
public final class Changes {

    private static final String[] NAMES = {"Traoré", "Diarra", "Coulibaly", "Keïta", "Sangaré", "Benali", "Haddad"};

    private Changes() {
    }

    public static ChangeRecord newPatient(String siteId, String workstation, int n) {
        String payload = "{\"nom\":\"" + NAMES[n % NAMES.length] + "\",\"prenom\":\"Awa " + n
                + "\",\"naissance\":\"1990-03-04\",\"telephone\":\"+2237612" + String.format("%04d", n % 10000)
                + "\",\"village\":\"Kati\"}";
        return ChangeRecord.outgoing("patient", UUID.randomUUID(), Operation.UPSERT, payload, 0, UUID.randomUUID(),
                siteId, workstation);
    }

    public static List<ChangeRecord> newPatients(String siteId, String workstation, int count) {
        List<ChangeRecord> changes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            changes.add(newPatient(siteId, workstation, i));
        }
        return changes;
    }

    public static ChangeRecord edit(ChangeRecord previous, long baseVersion, String payload) {
        return ChangeRecord.outgoing(previous.entity(), previous.id(), Operation.UPSERT, payload, baseVersion,
                UUID.randomUUID(), previous.siteId(), previous.originWorkstation());
    }
}
