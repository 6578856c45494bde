package nova.ui.preview;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.app.StoreDeskBackend;
import nova.app.Workstation;
import nova.clinic.service.ClinicPresets;
import nova.clinic.service.SetupService;
import nova.consultation.domain.ConsultationDraft;
import nova.consultation.domain.Diagnosis;
import nova.consultation.domain.Referral;
import nova.consultation.domain.ReferralStatus;
import nova.consultation.domain.ReferralUrgency;
import nova.consultation.domain.Vitals;
import nova.patient.domain.NewPatient;
import nova.patient.domain.PatientSummary;
import nova.patient.domain.Sex;
import nova.referral.domain.ReferralProgress;
import nova.security.service.KeyWrapping;
import nova.security.service.StoreAccess;
import nova.sync.connector.SyncConnector;
import nova.sync.connector.SyncConnectors;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;

/**
 * Prepares two demo stores on a throw-away embedded hub to look at the referral screens: a CSRéf that received
 * three referrals (one opened, one marked received) and the CSCOM that sent them, whose next working day's first
 * visit is « En consultation » with a referral the CSRéf has received, and a second visit « En consultation » with
 * nothing written yet (printed as {@code fresh}, for {@code UiPreview consultation-end} with
 * {@code -Dnova.preview.preset=cscom}). The hub ends with this program: the
 * stores then show the sync as offline, the lists stay. Prints the CSCOM's day and appointment for
 * {@code UiPreview consultation}:
 * {@code mvn -o -q -pl app exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=nova.ui.preview.ReferralPreviewStore -Dexec.args="CSREF_DIR CSCOM_DIR"}.
 */
public final class ReferralPreviewStore {

    private ReferralPreviewStore() {
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.systemUTC();
        KeyWrapping keys = new KeyWrapping(new SecureRandom(), KeyWrapping.Cost.DEFAULT);
        TestHub hub = HubTestServer.newHub();
        String csrefSite = hub.newSite("csref-kati");
        String cscomSite = hub.newSite("cscom-kalaban");
        try (Connection admin = hub.admin(); PreparedStatement name = admin.prepareStatement(
                "UPDATE nova_hub.site SET display_name = ? WHERE site_id = ?")) {
            name.setString(1, "CSRéf de Kati");
            name.setString(2, csrefSite);
            name.executeUpdate();
        }
        Path csrefDir = Path.of(args[0]);
        Path cscomDir = Path.of(args[1]);
        for (Path dir : List.of(csrefDir, cscomDir)) {
            new SetupService(clock, keys).create(dir, ClinicPresets.byName(ClinicPresets.CSCOM_MALI)
                    .withAdmin(StoreDeskBackend.DEMO_USER, StoreDeskBackend.DEMO_PASSWORD.toCharArray(), true));
        }
        StoreAccess access = new StoreAccess(clock, keys);
        try (Workstation csref = open(access, csrefDir, hub, csrefSite)) {
            synchronise(csref);
        }
        String printed;
        try (Workstation cscom = open(access, cscomDir, hub, cscomSite)) {
            synchronise(cscom);
            var working = cscom.clinic().profile().workingDays();
            LocalDate day = LocalDate.now(cscom.clinic().profile().zone()).plusDays(1);
            while (!working.contains(day.getDayOfWeek()) || cscom.agenda().day(day).isEmpty()) {
                day = day.plusDays(1);
            }
            AppointmentView visit = cscom.agenda().day(day).stream()
                    .filter(a -> a.status() == AppointmentStatus.BOOKED || a.status() == AppointmentStatus.CONFIRMED)
                    .filter(a -> !a.careTypeLabel().toLowerCase(java.util.Locale.FRENCH).contains("natal"))
                    .min(java.util.Comparator.comparing(AppointmentView::start)).orElseThrow();
            cscom.agenda().changeStatus(visit.id(), AppointmentStatus.ARRIVED, null);
            cscom.agenda().changeStatus(visit.id(), AppointmentStatus.IN_CONSULTATION, null);
            // A second visit in consultation, nothing written yet: « consultation-end » fills it in and addresses it
            // to a NOVA site from the « Vers » list.
            AppointmentView fresh = cscom.agenda().day(day).stream()
                    .filter(a -> a.status() == AppointmentStatus.BOOKED || a.status() == AppointmentStatus.CONFIRMED)
                    .filter(a -> !a.id().equals(visit.id()) && !a.patientId().equals(visit.patientId()))
                    .filter(a -> !a.careTypeLabel().toLowerCase(java.util.Locale.FRENCH).contains("natal"))
                    .min(java.util.Comparator.comparing(AppointmentView::start)).orElseThrow();
            cscom.agenda().changeStatus(fresh.id(), AppointmentStatus.ARRIVED, null);
            cscom.agenda().changeStatus(fresh.id(), AppointmentStatus.IN_CONSULTATION, null);
            cscom.consultations().save(new ConsultationDraft(null, visit.patientId(), visit.id(),
                    visit.practitionerId(), null, "Fièvre et vomissements",
                    new Vitals(new BigDecimal("39.4"), 118, 100, 60, null), "Déshydratation modérée",
                    List.of(new Diagnosis("B50.9", "Paludisme grave")), List.of(), List.of(),
                    new Referral("CSRéf de Kati", "Paludisme grave avec vomissements : perfusion",
                            ReferralStatus.SENT, ReferralUrgency.URGENT, csrefSite, null)));
            refer(cscom, new NewPatient("COULIBALY", "Aminata", Sex.FEMALE, null, LocalDate.of(1998, 4, 9),
                    "76 21 43 65", "Kalaban", null), "Grossesse de 34 SA, tension élevée : avis obstétrical",
                    ReferralUrgency.EVACUATION, csrefSite, new Diagnosis("O14.9", "Prééclampsie"));
            refer(cscom, new NewPatient("بن علي", "فاطمة", Sex.FEMALE, null, LocalDate.of(1987, 11, 2),
                    "66 55 44 33", null, null), "Toux depuis 4 semaines, amaigrissement : recherche de BK",
                    ReferralUrgency.ROUTINE, csrefSite, new Diagnosis("R05", "Toux chronique"));
            synchronise(cscom);
            printed = "day=" + day + " appointment=" + visit.id() + " patient=" + visit.patientName() + " fresh="
                    + fresh.id();
        }
        try (Workstation csref = access.open(csrefDir, StoreDeskBackend.DEMO_USER,
                StoreDeskBackend.DEMO_PASSWORD.toCharArray())) {
            synchronise(csref);
            var received = csref.referrals().received();
            csref.referrals().open(received.get(2).id());
            csref.referrals().mark(received.get(2).id(), ReferralProgress.RECEIVED);
            csref.referrals().open(received.get(1).id());
            synchronise(csref);
        }
        try (Workstation cscom = access.open(cscomDir, StoreDeskBackend.DEMO_USER,
                StoreDeskBackend.DEMO_PASSWORD.toCharArray())) {
            synchronise(cscom);
        }
        System.out.println(printed);
        System.exit(0);
    }

    private static void refer(Workstation cscom, NewPatient who, String reason, ReferralUrgency urgency, String site,
                              Diagnosis diagnosis) {
        PatientSummary patient = cscom.patients().create(who);
        cscom.consultations().save(new ConsultationDraft(null, patient.id(), null,
                cscom.clinic().practitioners().getFirst().id(), null, reason, Vitals.NONE, null, List.of(diagnosis),
                List.of(), List.of(), new Referral("CSRéf de Kati", reason, ReferralStatus.SENT, urgency, site, null)));
    }

    private static Workstation open(StoreAccess access, Path dir, TestHub hub, String site) throws Exception {
        Workstation workstation = access.open(dir, StoreDeskBackend.DEMO_USER,
                StoreDeskBackend.DEMO_PASSWORD.toCharArray());
        workstation.sync().settings().configure(hub.jdbcUrl(), site, null, TestHub.SITE_PASSWORD.toCharArray(),
                "secret-des-cles-usb".toCharArray(), true);
        return workstation;
    }

    private static void synchronise(Workstation workstation) {
        try (SyncConnector connector = SyncConnectors.open(workstation.sync().settings().effectiveUrl(),
                workstation.sync().settings().hubCredentials())) {
            workstation.sync().synchronise(connector);
        }
    }
}
