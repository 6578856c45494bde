package nova.ui.preview;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
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
import nova.consultation.domain.Prescription;
import nova.consultation.domain.Procedure;
import nova.consultation.domain.Vitals;
import nova.security.service.KeyWrapping;
import nova.security.service.StoreAccess;

/**
 * Prepares a demo store for looking at the consultation screens: the next working day's first appointment is « En
 * consultation », and its patient has a consultation from three months ago. Prints the day and the appointment
 * for {@code UiPreview consultation}:
 * {@code mvn -o -q -pl app exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=nova.ui.preview.ConsultationPreviewStore -Dexec.args="DIR cabinet-alger [ORDONNANCE.pdf]"}.
 */
public final class ConsultationPreviewStore {

    private ConsultationPreviewStore() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String preset = args.length > 1 ? args[1] : ClinicPresets.CABINET_ALGER;
        Clock clock = Clock.systemUTC();
        KeyWrapping keys = new KeyWrapping(new SecureRandom(), KeyWrapping.Cost.DEFAULT);
        new SetupService(clock, keys).create(dir, ClinicPresets.byName(preset).withAdmin(StoreDeskBackend.DEMO_USER,
                StoreDeskBackend.DEMO_PASSWORD.toCharArray(), true));
        try (Workstation workstation = new StoreAccess(clock, keys).open(dir, StoreDeskBackend.DEMO_USER,
                StoreDeskBackend.DEMO_PASSWORD.toCharArray())) {
            var working = workstation.clinic().profile().workingDays();
            LocalDate day = LocalDate.now(workstation.clinic().profile().zone()).plusDays(1);
            while (!working.contains(day.getDayOfWeek()) || workstation.agenda().day(day).isEmpty()) {
                day = day.plusDays(1);
            }
            AppointmentView visit = workstation.agenda().day(day).stream()
                    .filter(a -> a.status() == AppointmentStatus.BOOKED || a.status() == AppointmentStatus.CONFIRMED)
                    // A visit any adult may come for (not a prenatal one), so the example reads true.
                    .filter(a -> !a.careTypeLabel().toLowerCase(java.util.Locale.FRENCH).contains("natal"))
                    .min(java.util.Comparator.comparing(AppointmentView::start)).orElseThrow();
            workstation.agenda().changeStatus(visit.id(), AppointmentStatus.ARRIVED, null);
            workstation.agenda().changeStatus(visit.id(), AppointmentStatus.IN_CONSULTATION, null);
            boolean dental = day.getDayOfWeek() != DayOfWeek.SATURDAY && preset.startsWith("cabinet");
            var past = workstation.consultations().save(new ConsultationDraft(null, visit.patientId(), null,
                    visit.practitionerId(), clock.instant().minus(Duration.ofDays(92)),
                    dental ? "Contrôle et détartrage" : "Fièvre et céphalées",
                    dental ? Vitals.NONE : new Vitals(new BigDecimal("38.9"), 104, 110, 70, new BigDecimal("61")),
                    dental ? "Tartre abondant, gencives inflammatoires" : "TDR paludisme positif",
                    List.of(dental ? new Diagnosis("K05.1", "Gingivite chronique")
                            : new Diagnosis("B54", "Paludisme simple")),
                    dental ? List.of(new Procedure("Détartrage", "arcades sup. et inf.")) : List.of(),
                    List.of(dental ? new Prescription("Bain de bouche chlorhexidine 0,12 %", "2 fois par jour", 7)
                            : new Prescription("Artéméther-luméfantrine 20/120", "4 cp matin et soir", 3)),
                    null));
            if (args.length > 2) {
                // The ordonnance of that consultation, as the form's « Ordonnance (PDF)… » writes it.
                var patient = workstation.patients().find(visit.patientId()).orElseThrow();
                java.nio.file.Files.write(Path.of(args[2]), new nova.consultation.service.print.PrescriptionPrint(
                        workstation.clinic().profile()).ordonnance(past, patient, visit.practitionerName(),
                        workstation.clinic().practitioners().stream().filter(p -> p.id().equals(visit.practitionerId()))
                                .findFirst().map(nova.clinic.domain.Practitioner::speciality).orElse(null)));
            }
            System.out.println("day=" + day + " appointment=" + visit.id() + " patient=" + visit.patientName());
        }
    }
}
