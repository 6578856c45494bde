package nova.assistant.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import nova.assistant.domain.AssistantAction;
import nova.assistant.domain.AssistantAction.ActionType;
import nova.assistant.domain.AssistantContext;
import org.junit.jupiter.api.Test;

/** The validator used by the fuzz test must itself reject broken actions, or the fuzz test proves nothing. */
class ActionContractValidatorTest {

    private static final AssistantContext ALGIERS = DefaultAssistantContexts.dentalAlgiers(
            OffsetDateTime.parse("2026-11-23T10:00:00+01:00").atZoneSameInstant(ZoneId.of("Africa/Algiers")));

    private final ActionContractValidator validator = new ActionContractValidator();

    private static AssistantAction action(ActionType type, AssistantAction.Patient patient, String care,
                                          AssistantAction.Slot slot, List<String> missing, String question) {
        return new AssistantAction(type, AssistantContext.DEFAULT_ADDRESS, "Africa/Algiers", patient, care, slot, null,
                null, missing, question, "local");
    }

    @Test
    void aValidCreatePasses() {
        AssistantAction ok = action(ActionType.CREATE, new AssistantAction.Patient("Amrani", "+213555123456", null, null),
                "soin", new AssistantAction.Slot("2026-11-26T10:00:00+01:00", "2026-11-26T10:45:00+01:00", 45),
                List.of(), null);
        assertEquals(List.of(), validator.problems(ok, ALGIERS));
    }

    @Test
    void brokenActionsAreRejected() {
        AssistantAction.Patient badPhone = new AssistantAction.Patient("Amrani", "+213212345678", null, null);
        AssistantAction.Slot wrongLength = new AssistantAction.Slot("2026-11-26T10:00:00+01:00",
                "2026-11-26T10:30:00+01:00", 45);
        AssistantAction.Slot wrongOffset = new AssistantAction.Slot("2026-11-26T10:00:00Z", "2026-11-26T10:30:00Z", 30);
        assertTrue(!validator.problems(action(ActionType.CREATE, badPhone, null, wrongOffset, List.of(), null), ALGIERS)
                .isEmpty());
        assertTrue(!validator.problems(action(ActionType.CREATE, badPhone, "vaccination", null, List.of(), null),
                ALGIERS).isEmpty());
        assertTrue(validator.problems(action(ActionType.FIND_SLOTS, null, null, wrongLength, List.of(), null), ALGIERS)
                .stream().anyMatch(p -> p.contains("duration")));
        assertTrue(validator.problems(action(ActionType.NEED_INFO, null, null, null, List.of(), null), ALGIERS)
                .stream().anyMatch(p -> p.contains("missing")));
        assertTrue(validator.problems(action(ActionType.FIND_SLOTS, null, null, null, List.of("x"), "Quoi ?"), ALGIERS)
                .stream().anyMatch(p -> p.contains("question_fr")));
    }
}
