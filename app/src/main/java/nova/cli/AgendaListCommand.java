package nova.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import nova.agenda.domain.AppointmentView;
import nova.app.Workstation;
import nova.security.service.AccessDeniedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "Affiche les rendez-vous d'une journée.")
public final class AgendaListCommand implements Callable<Integer> {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreLogin login;

    @Option(names = "--date", required = true, description = "Jour au format AAAA-MM-JJ.")
    String date;

    @Option(names = "--json", description = "Sortie JSON (un tableau).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            err.println("Date invalide : « " + date + " » (format attendu : AAAA-MM-JJ).");
            return ExitCodes.USAGE;
        }
        try (Workstation workstation = login.open()) {
            List<AppointmentView> appointments = workstation.agenda().day(day);
            if (json) {
                out.println(toJson(appointments));
            } else if (appointments.isEmpty()) {
                out.println("Aucun rendez-vous le " + day + ".");
            } else {
                for (AppointmentView a : appointments) {
                    out.printf("%s–%s  %-22s  %-28s  %-14s  %-14s  %s%n", HOUR.format(a.start()), HOUR.format(a.end()),
                            a.chairName(), a.patientName(), a.careTypeLabel(), a.practitionerName(), a.status());
                }
            }
            return ExitCodes.OK;
        } catch (AccessDeniedException e) {
            err.println(e.getMessage());
            return ExitCodes.ACCESS_DENIED;
        }
    }

    static String toJson(List<AppointmentView> appointments) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (AppointmentView a : appointments) {
            ObjectNode node = array.addObject();
            node.put("id", a.id().toString());
            node.put("start", a.start().toOffsetDateTime().toString());
            node.put("end", a.end().toOffsetDateTime().toString());
            node.put("patient_id", a.patientId().toString());
            node.put("patient", a.patientName());
            node.put("phone_e164", a.patientPhone());
            node.put("care_type", a.careTypeCode());
            node.put("chair", a.chairName());
            node.put("practitioner", a.practitionerName());
            node.put("status", a.status().name());
            node.put("notes", a.notes());
        }
        return mapper.writeValueAsString(array);
    }
}
