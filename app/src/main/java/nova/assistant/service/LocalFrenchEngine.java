package nova.assistant.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nova.assistant.domain.AssistantAction;
import nova.assistant.domain.AssistantAction.ActionType;
import nova.assistant.domain.AssistantContext;
import nova.assistant.domain.AssistantEngine;
import nova.assistant.service.time.FrenchText;
import nova.assistant.service.time.FrenchTimeParser;
import nova.assistant.service.time.TimeReading;

/**
 * The offline engine: reads a French request with rules (no network, no model) and builds one action following
 * the assistant contract. It is what answers when Claude is not configured or not reachable, so it must never
 * throw and never turn doubtful text into a destructive action: when in doubt it asks (NEED_INFO).
 */
public final class LocalFrenchEngine implements AssistantEngine {

    /** A receptionist's request fits in a few lines; anything longer is not one. */
    static final int MAX_LENGTH = 1_000;

    static final String ASK_WHAT = "Que souhaitez-vous faire : prendre, déplacer, annuler ou confirmer un rendez-vous ?";
    static final String ASK_NAME = "Quel est le nom du patient ?";
    static final String ASK_WHICH = "De quel rendez-vous s'agit-il : nom du patient ou date ?";
    static final String ASK_SHORTER = "Le message est trop long : pouvez-vous résumer la demande en une phrase ?";
    static final String ASK_REQUEST = "Je traite seulement les demandes de rendez-vous : que souhaite le patient ?";

    private static final Pattern CONNECTOR = Pattern.compile(
            "(?<=\\s)(?:à|a|au|aux|pour|vers|sur|->|=>|plutôt|plutot|contre)(?=\\s)", Pattern.CASE_INSENSITIVE);
    /** Words saying the time mentioned is the existing appointment's, not the new one. */
    private static final Pattern ORIGINAL_CUE = Pattern.compile(
            "\\b(?:rdv|rendez-vous|rendez vous|seance|consultation|visite|celui) (?:de|du|d')\\s?(?!m\\.|mme|mlle|monsieur|madame|mr\\b)"
                    + "|\\bpas venir\\b|\\bprevu\\b|\\betait\\b|\\bavait\\b|\\bau lieu de\\b");

    private final FrenchTimeParser times;
    private final PhoneReader phones = new PhoneReader();
    private final NameReader names = new NameReader();
    private final CareTypeReader careTypes = new CareTypeReader();
    private final InstructionGuard guard = new InstructionGuard();
    private final BookingTimes booking = new BookingTimes();

    public LocalFrenchEngine() {
        this(new FrenchTimeParser());
    }

    public LocalFrenchEngine(FrenchTimeParser times) {
        this.times = times;
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public AssistantAction parse(String text, AssistantContext context) {
        try {
            return read(text == null ? "" : text, context);
        } catch (RuntimeException e) {
            // The contract promises one action for any input; a rule bug must not become a stack trace.
            return needInfo(context, null, null, null, List.of("action"), ASK_WHAT);
        }
    }

    private AssistantAction read(String text, AssistantContext context) {
        String raw = text.strip();
        if (raw.length() > MAX_LENGTH) {
            return needInfo(context, null, null, null, List.of("action"), ASK_SHORTER);
        }
        String folded = FrenchText.fold(raw);
        if (folded.isEmpty() || !folded.chars().anyMatch(Character::isLetterOrDigit)) {
            return needInfo(context, null, null, null, List.of("action"), ASK_WHAT);
        }
        if (guard.instructs(folded)) {
            return needInfo(context, null, null, null, List.of("action"), ASK_REQUEST);
        }
        StringBuilder cleaned = new StringBuilder(raw);
        String phone = null;
        for (PhoneReader.Found found : phones.findAll(raw, context.countryCallingCode())) {
            if (phone == null) {
                phone = found.e164();
            }
            for (int i = found.start(); i < found.end(); i++) {
                cleaned.setCharAt(i, ' ');
            }
        }
        String body = cleaned.toString();
        String name = names.read(body);
        String careType = careTypes.read(FrenchText.fold(body), context);
        AssistantAction.Patient patient = name == null && phone == null
                ? null : new AssistantAction.Patient(name, phone, null, null);

        if (RequestKind.RESCHEDULE.said(folded)) {
            return reschedule(body, folded, context, patient, careType);
        }
        if (RequestKind.CANCEL.said(folded)) {
            return change(ActionType.CANCEL, body, context, patient, careType);
        }
        if (RequestKind.CONFIRMATION.said(folded)) {
            return change(ActionType.CONFIRMATION, body, context, patient, careType);
        }
        return book(body, folded, context, patient, careType);
    }

    private AssistantAction book(String body, String folded, AssistantContext context, AssistantAction.Patient patient,
                                 String careType) {
        TimeReading reading = times.read(body, context.now());
        boolean availability = RequestKind.AVAILABILITY.said(folded);
        if (!reading.found() && careType == null && !availability && !RequestKind.BOOKING.said(folded)) {
            return needInfo(context, patient, careType, null, List.of("action"), ASK_WHAT);
        }
        if (reading.precise()) {
            LocalDateTime start = booking.start(reading, context, null);
            AssistantAction.Slot slot = booking.slot(start, context.durationOf(careType), context.zone());
            if (availability) {
                return action(ActionType.FIND_SLOTS, context, patient, careType, slot, null, null);
            }
            if (patient == null || patient.name() == null) {
                return needInfo(context, patient, careType, slot, List.of("patient.name"), ASK_NAME);
            }
            return action(ActionType.CREATE, context, patient, careType, slot, null, null);
        }
        AssistantAction.Window window = reading.found() ? booking.window(reading, context, null) : null;
        return action(ActionType.FIND_SLOTS, context, patient, careType, null, window, null);
    }

    private AssistantAction change(ActionType type, String body, AssistantContext context,
                                   AssistantAction.Patient patient, String careType) {
        TimeReading reading = times.read(body, context.now());
        if (patient == null && !reading.found()) {
            return needInfo(context, null, careType, null, List.of("patient.name", "original"), ASK_WHICH);
        }
        AssistantAction.Original original = reading.found() ? booking.original(reading, context, null) : null;
        return action(type, context, patient, careType, null, null, original);
    }

    private AssistantAction reschedule(String body, String folded, AssistantContext context,
                                       AssistantAction.Patient patient, String careType) {
        TimeReading from = TimeReading.NONE;
        TimeReading to = TimeReading.NONE;
        int best = -1;
        Matcher cut = CONNECTOR.matcher(body);
        while (cut.find()) {
            TimeReading left = times.read(body.substring(0, cut.start()), context.now());
            TimeReading right = times.read(body.substring(cut.start()), context.now());
            // "prévu demain à 10h" is one time, not "from tomorrow to 10h": a bare "à" does not split a day from its hour.
            boolean sameTime = cut.group().equalsIgnoreCase("à") || cut.group().equalsIgnoreCase("a");
            sameTime = sameTime && left.dayNamed() && !left.precise() && !right.dayNamed();
            if (left.found() && right.found() && !sameTime) {
                int score = weight(left) + weight(right);
                if (score > best) {
                    best = score;
                    from = left;
                    to = right;
                }
            }
        }
        if (best < 0) {
            TimeReading whole = times.read(body, context.now());
            if (whole.found()) {
                if (!saidAfterConnector(body, context) && ORIGINAL_CUE.matcher(folded).find()) {
                    from = whole;
                } else {
                    to = whole;
                }
            }
        }
        if (patient == null && !from.found() && !to.found()) {
            return needInfo(context, null, careType, null, List.of("patient.name", "original"), ASK_WHICH);
        }
        AssistantAction.Original original = from.found() ? booking.original(from, context, null) : null;
        LocalDate originalDay = from.found() && from.dayNamed() ? from.firstDay() : null;
        AssistantAction.Slot slot = null;
        AssistantAction.Window window = null;
        if (to.precise()) {
            slot = booking.slot(booking.start(to, context, originalDay), context.durationOf(careType), context.zone());
        } else if (to.found()) {
            window = booking.window(to, context, originalDay);
        }
        return action(ActionType.RESCHEDULE, context, patient, careType, slot, window, original);
    }

    /** True when the only time in the text comes after "à", "pour"... : it is where the appointment goes. */
    private boolean saidAfterConnector(String body, AssistantContext context) {
        Matcher cut = CONNECTOR.matcher(body);
        while (cut.find()) {
            if (!times.read(body.substring(0, cut.start()), context.now()).found()
                    && times.read(body.substring(cut.start()), context.now()).found()) {
                return true;
            }
        }
        return false;
    }

    private static int weight(TimeReading reading) {
        return (reading.dayNamed() ? 2 : 0) + (reading.precise() ? 1 : 0);
    }

    private AssistantAction action(ActionType type, AssistantContext context, AssistantAction.Patient patient,
                                   String careType, AssistantAction.Slot slot, AssistantAction.Window window,
                                   AssistantAction.Original original) {
        return new AssistantAction(type, context.clinicAddress(), context.zone().getId(), patient, careType, slot, window,
                original, List.of(), null, name());
    }

    private AssistantAction needInfo(AssistantContext context, AssistantAction.Patient patient, String careType,
                                     AssistantAction.Slot slot, List<String> missing, String question) {
        return new AssistantAction(ActionType.NEED_INFO, context.clinicAddress(), context.zone().getId(), patient,
                careType, slot, null, null, new ArrayList<>(missing), question, name());
    }
}
