package nova.sync.connector.support;

import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.Operation;

/** Builds realistic change records for tests and benchmarks. */
public final class Changes {

    private static final String[] NAMES = {"Traoré", "Diarra", "Coulibaly", "Keïta", "Sangaré", "Benali", "Haddad"};
    private static final String[] LAST_NAMES = {"Traoré", "Diarra", "Coulibaly", "Keïta", "Sangaré", "Dembélé", "Konaté",
        "Touré", "Sissoko", "Camara", "Diallo", "Kanté", "Doumbia", "Sidibé", "Samaké", "Maïga", "Cissé", "Bagayoko"};
    private static final String[] FIRST_NAMES = {"Awa", "Mariam", "Fatoumata", "Aminata", "Moussa", "Oumar", "Seydou",
        "Kadiatou", "Bakary", "Adama", "Hawa", "Salif", "Issa", "Djénéba", "Boubacar", "Rokia", "Assétou", "Mamadou"};
    private static final String[] VILLAGES = {"Kati", "Kalaban Coro", "Siby", "Ouéléssébougou", "Sanankoroba", "Dio",
        "Baguinéda", "Néguéla", "Dialakorobougou"};

    private Changes() {
    }

    public static ChangeRecord newPatient(String siteId, String workstation, int n) {
        String payload = "{\"nom\":\"" + NAMES[n % NAMES.length] + "\",\"prenom\":\"Awa " + n
                + "\",\"naissance\":\"1990-03-04\",\"telephone\":\"+2237612" + String.format("%04d", n % 10000)
                + "\",\"village\":\"Kati\"}";
        return ChangeRecord.outgoing("patient", UUID.randomUUID(), Operation.UPSERT, payload, 0, UUID.randomUUID(),
                siteId, workstation);
    }

    /**
     * New patients as the workstation writes them ({@code PatientEntity.syncFields} in the app: the same keys, in
     * the same order), with varied names, villages, Malian mobile numbers and creation times a few minutes apart:
     * what a 2G sync really carries, for the byte counts of benchmarks and wire tests. {@code seed} makes the
     * values repeatable; ids and keys are random UUIDs, as the application's.
     */
    public static List<ChangeRecord> appPatients(String siteId, String workstation, int count, long seed) {
        Random random = new Random(seed);
        // The app's payload names its clinic by the clinic's UUID, not by the hub's site id.
        UUID clinic = UUID.nameUUIDFromBytes(siteId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Instant written = Instant.parse("2026-11-21T08:00:00Z");
        List<ChangeRecord> changes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            written = written.plusSeconds(40 + random.nextInt(300)).plusNanos(random.nextInt(1_000_000) * 1_000L);
            int year = 1950 + random.nextInt(72);
            String birthDate = random.nextInt(3) == 0 ? "null"
                    : "\"" + year + String.format("-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)) + "\"";
            String payload = "{\"site_id\":\"" + clinic + "\",\"last_name\":\"" + pick(random, LAST_NAMES)
                    + "\",\"first_name\":\"" + pick(random, FIRST_NAMES) + "\",\"sex\":\"" + (random.nextBoolean() ? "F" : "M")
                    + "\",\"birth_year\":" + year + ",\"birth_date\":" + birthDate
                    + ",\"phone_e164\":\"+223" + (random.nextBoolean() ? "7" : "6") + String.format("%07d", random.nextInt(10_000_000))
                    + "\",\"village\":\"" + pick(random, VILLAGES) + "\",\"email\":null,\"deleted\":false,\"updated_at\":\""
                    + written + "\"}";
            changes.add(ChangeRecord.outgoing("patient", UUID.randomUUID(), Operation.UPSERT, payload, 0,
                    UUID.randomUUID(), siteId, workstation));
        }
        return changes;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
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
