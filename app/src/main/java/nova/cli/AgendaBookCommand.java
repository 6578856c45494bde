package nova.cli;

import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.BookingRequest;
import nova.agenda.service.BookingRefusedException;
import nova.app.Workstation;
import nova.clinic.domain.Chair;
import nova.clinic.domain.Practitioner;
import nova.common.ValidationException;
import nova.patient.domain.PatientSummary;
import nova.security.service.AccessDeniedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "book", mixinStandardHelpOptions = true,
        description = "Prend un rendez-vous (le patient est retrouvé par nom et téléphone, ou créé).")
public final class AgendaBookCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreLogin login;

    @Option(names = "--patient-name", required = true, description = "Nom puis prénom, ex. « Amrani Fatima ».")
    String patientName;

    @Option(names = "--phone", description = "Téléphone, sous n'importe quelle forme.")
    String phone;

    @Option(names = "--care-type", required = true, description = "Code du type de soin, ex. detartrage.")
    String careType;

    @Option(names = "--start", required = true, description = "Début ISO-8601, ex. 2026-11-24T09:00:00+01:00.")
    String start;

    @Option(names = "--chair", description = "Nom du fauteuil ou de la salle (par défaut : le premier libre).")
    String chair;

    @Option(names = "--practitioner", description = "Nom du praticien (par défaut : le premier libre).")
    String practitioner;

    @Option(names = "--notes", description = "Remarque libre.")
    String notes;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OffsetDateTime startTime;
        try {
            startTime = OffsetDateTime.parse(start);
        } catch (DateTimeParseException e) {
            err.println("Heure de début invalide : « " + start + " » (format attendu : 2026-11-24T09:00:00+01:00).");
            return ExitCodes.USAGE;
        }
        try (Workstation workstation = login.open()) {
            List<Chair> chairs = candidates(workstation.clinic().chairs(), chair,
                    name -> workstation.clinic().chairNamed(name), "Fauteuil ou salle inconnu : « " + chair + " ».");
            List<Practitioner> practitioners = candidates(workstation.clinic().practitioners(), practitioner,
                    name -> workstation.clinic().practitionerNamed(name), "Praticien inconnu : « " + practitioner + " ».");
            PatientSummary patient = new PatientResolver(workstation.patients()).findOrCreate(patientName, phone);
            ZonedDateTime zoned = startTime.atZoneSameInstant(workstation.clinic().profile().zone());
            BookingRefusedException firstRefusal = null;
            for (Chair c : chairs) {
                for (Practitioner p : practitioners) {
                    try {
                        AppointmentView booked = workstation.agenda().book(new BookingRequest(patient.id(), careType,
                                p.id(), c.id(), zoned, 0, notes, "CLI"));
                        out.println("Rendez-vous enregistré : " + booked.start().toOffsetDateTime().format(
                                DateTimeFormatter.ISO_OFFSET_DATE_TIME) + ", " + booked.chairName() + ", "
                                + booked.practitionerName() + ", " + booked.careTypeLabel() + " (" + booked.id() + ").");
                        return ExitCodes.OK;
                    } catch (BookingRefusedException refused) {
                        if (firstRefusal == null) {
                            firstRefusal = refused;
                        }
                    }
                }
            }
            err.println("Rendez-vous refusé : " + firstRefusal.getMessage());
            return ExitCodes.REFUSED;
        } catch (AccessDeniedException e) {
            err.println(e.getMessage());
            return ExitCodes.ACCESS_DENIED;
        } catch (ValidationException e) {
            err.println("Rendez-vous refusé : " + e.getMessage());
            return ExitCodes.REFUSED;
        }
    }

    /** The named resource only, or every resource in order when none is named (the first free one wins). */
    private static <T> List<T> candidates(List<T> all, String name, java.util.function.Function<String,
            java.util.Optional<T>> byName, String unknown) {
        if (name == null || name.isBlank()) {
            return new ArrayList<>(all);
        }
        return List.of(byName.apply(name).orElseThrow(() -> new ValidationException(unknown)));
    }
}
