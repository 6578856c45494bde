package nova.ui.assistant;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nova.assistant.domain.AssistantAction;
import nova.assistant.domain.AssistantAction.ActionType;
import nova.assistant.service.AssistantReply;
import nova.clinic.domain.CareType;
import nova.ui.support.Messages;

/** Turns the assistant's action into the French preview card the receptionist confirms. */
final class PreviewCards {

    private final List<CareType> careTypes;
    private final Messages messages;

    PreviewCards(List<CareType> careTypes, Messages messages) {
        this.careTypes = List.copyOf(careTypes);
        this.messages = messages;
    }

    PreviewCard of(AssistantReply reply) {
        AssistantAction action = reply.action();
        ActionType type = action.action();
        List<PreviewCard.Row> rows = new ArrayList<>();
        AssistantAction.Patient patient = action.patient();
        if (patient != null && (patient.name() != null || patient.phoneE164() != null)) {
            rows.add(new PreviewCard.Row(messages.get("assistant.row.patient"), patientText(patient)));
        }
        careType(action.careType()).ifPresent(care -> rows.add(new PreviewCard.Row(messages.get("assistant.row.care"),
                care.label() + " (" + care.durationMinutes() + " min)")));
        if (action.original() != null && type != ActionType.NEED_INFO) {
            rows.add(new PreviewCard.Row(messages.get("assistant.row.original"), FrenchWhen.original(
                    parse(action.original().startIso()), parse(action.original().endIso()))));
        }
        if (action.slot() != null) {
            rows.add(new PreviewCard.Row(messages.get(type == ActionType.RESCHEDULE ? "assistant.row.newTime"
                    : "assistant.row.when"), FrenchWhen.at(parse(action.slot().startIso()))));
        } else if (action.window() != null) {
            AssistantAction.Window window = action.window();
            rows.add(new PreviewCard.Row(messages.get(type == ActionType.RESCHEDULE ? "assistant.row.newTime"
                    : "assistant.row.window"), FrenchWhen.range(parse(window.startIso()), parse(window.endIso()),
                    window.dailyStart(), window.dailyEnd())));
        }
        String question = type == ActionType.NEED_INFO
                ? Optional.ofNullable(action.questionFr()).orElse(messages.get("assistant.needInfo.default")) : null;
        String engine = messages.get("claude".equals(reply.engine()) ? "assistant.engine.claude"
                : "assistant.engine.local");
        return new PreviewCard(messages.get("assistant.action." + type.name()), rows, question, engine,
                reply.noticeFr(), type != ActionType.NEED_INFO);
    }

    private String patientText(AssistantAction.Patient patient) {
        String phone = LocalPhone.format(patient.phoneE164());
        if (patient.name() == null) {
            return phone;
        }
        return phone == null ? patient.name() : patient.name() + " — " + phone;
    }

    Optional<CareType> careType(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return careTypes.stream().filter(c -> c.code().equalsIgnoreCase(code)).findFirst();
    }

    static ZonedDateTime parse(String iso) {
        return java.time.OffsetDateTime.parse(iso).toZonedDateTime();
    }
}
