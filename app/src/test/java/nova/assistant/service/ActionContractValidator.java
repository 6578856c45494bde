package nova.assistant.service;

import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nova.assistant.domain.AssistantAction;
import nova.assistant.domain.AssistantAction.ActionType;
import nova.assistant.domain.AssistantContext;

/**
 * Checks one action against the assistant contract and returns what breaks it (empty when valid): enums, ISO
 * times with the zone's offset, exclusive ends after starts, slot durations, the phone pattern of the clinic's
 * country, care types the clinic offers, and missing/question only for NEED_INFO.
 */
public final class ActionContractValidator {

    private static final Pattern ALGERIAN = Pattern.compile("^\\+213[567]\\d{8}$");
    private static final Pattern MALIAN = Pattern.compile("^\\+223\\d{8}$");
    private static final Pattern HH_MM = Pattern.compile("^([01]\\d|2[0-3]):[0-5]\\d$");
    private static final Pattern ISO = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}$");

    public List<String> problems(AssistantAction action, AssistantContext context) {
        List<String> out = new ArrayList<>();
        if (action == null) {
            return List.of("no action");
        }
        if (action.action() == null) {
            out.add("action is null");
        }
        if (!"local".equals(action.engine()) && !"claude".equals(action.engine())) {
            out.add("engine " + action.engine());
        }
        if (action.clinicAddress() == null || action.clinicAddress().isBlank()) {
            out.add("clinic_address blank");
        }
        ZoneId zone = context.zone();
        if (!zone.getId().equals(action.timezone())) {
            out.add("timezone " + action.timezone() + " is not " + zone.getId());
        }
        AssistantAction.Patient patient = action.patient();
        if (patient != null) {
            if (patient.name() == null && patient.phoneE164() == null && patient.email() == null
                    && patient.patientId() == null) {
                out.add("empty patient object");
            }
            if (patient.name() != null && patient.name().isBlank()) {
                out.add("blank name");
            }
            Pattern phone = context.countryCallingCode() == 223 ? MALIAN : ALGERIAN;
            if (patient.phoneE164() != null && !phone.matcher(patient.phoneE164()).matches()) {
                out.add("phone " + patient.phoneE164());
            }
        }
        if (action.careType() != null && !context.careTypeCodes().contains(action.careType())) {
            out.add("care_type " + action.careType() + " not offered");
        }
        AssistantAction.Slot slot = action.slot();
        if (slot != null) {
            OffsetDateTime start = time(slot.startIso(), zone, out);
            OffsetDateTime end = time(slot.endIso(), zone, out);
            if (start != null && end != null
                    && Duration.between(start, end).toMinutes() != slot.durationMinutes()) {
                out.add("slot duration " + slot.durationMinutes() + " does not match its ends");
            }
            if (slot.durationMinutes() <= 0) {
                out.add("slot duration " + slot.durationMinutes());
            }
        }
        AssistantAction.Window window = action.window();
        if (window != null) {
            ordered(window.startIso(), window.endIso(), zone, out, "window");
            if ((window.dailyStart() == null) != (window.dailyEnd() == null)) {
                out.add("daily bounds half set");
            }
            if (window.dailyStart() != null) {
                if (!HH_MM.matcher(window.dailyStart()).matches() || !HH_MM.matcher(window.dailyEnd()).matches()) {
                    out.add("daily bounds not HH:MM");
                } else if (!LocalTime.parse(window.dailyStart()).isBefore(LocalTime.parse(window.dailyEnd()))) {
                    out.add("daily_start not before daily_end");
                }
            }
        }
        if (action.original() != null) {
            ordered(action.original().startIso(), action.original().endIso(), zone, out, "original");
        }
        boolean needInfo = action.action() == ActionType.NEED_INFO;
        if (needInfo != !action.missing().isEmpty()) {
            out.add("missing " + action.missing() + " for " + action.action());
        }
        if (needInfo != (action.questionFr() != null && !action.questionFr().isBlank())) {
            out.add("question_fr " + action.questionFr() + " for " + action.action());
        }
        if (action.action() == ActionType.CREATE && (slot == null || patient == null || patient.name() == null)) {
            out.add("CREATE without slot or patient name");
        }
        if ((action.action() == ActionType.CANCEL || action.action() == ActionType.CONFIRMATION)
                && patient == null && action.original() == null) {
            out.add(action.action() + " names neither patient nor appointment");
        }
        return out;
    }

    private static void ordered(String startIso, String endIso, ZoneId zone, List<String> out, String what) {
        OffsetDateTime start = time(startIso, zone, out);
        OffsetDateTime end = time(endIso, zone, out);
        if (start != null && end != null && !start.isBefore(end)) {
            out.add(what + " ends before it starts");
        }
    }

    private static OffsetDateTime time(String iso, ZoneId zone, List<String> out) {
        if (iso == null || !ISO.matcher(iso).matches()) {
            out.add("not ISO with offset: " + iso);
            return null;
        }
        try {
            OffsetDateTime value = OffsetDateTime.parse(iso);
            if (!zone.getRules().getOffset(value.toInstant()).equals(value.getOffset())) {
                out.add("offset of " + iso + " is not the zone's");
            }
            return value;
        } catch (DateTimeParseException e) {
            out.add("unparsable " + iso);
            return null;
        }
    }
}
