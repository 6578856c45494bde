package nova.assistant.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import nova.assistant.domain.AssistantAction;
import nova.assistant.domain.AssistantAction.ActionType;
import nova.assistant.domain.AssistantAction.Original;
import nova.assistant.domain.AssistantAction.Patient;
import nova.assistant.domain.AssistantAction.Slot;
import nova.assistant.domain.AssistantAction.Window;
import nova.assistant.domain.AssistantContext;
import org.junit.jupiter.api.Test;

class ActionValidatorTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final ActionValidator validator = new ActionValidator(new ActionSchema(mapper));
    private final AssistantContext algiers = AssistantFixtures.algiers();

    private static AssistantAction create(Patient patient, Slot slot) {
        return new AssistantAction(ActionType.CREATE, AssistantContext.DEFAULT_ADDRESS, "Africa/Algiers", patient,
                "consultation", slot, null, null, List.of(), null, "claude");
    }

    private static Slot thursdayTen() {
        return new Slot("2026-11-26T10:00:00+01:00", "2026-11-26T10:30:00+01:00", 30);
    }

    private static Patient amrani(String phone) {
        return new Patient("Mme Amrani", phone, null, null);
    }

    private List<String> problems(AssistantAction action) {
        return validator.problems(action, algiers);
    }

    @Test
    void aContractActionIsValid() {
        assertEquals(List.of(), problems(create(amrani("+213555123456"), thursdayTen())));
        assertEquals(List.of(), problems(AssistantFixtures.needInfo("Pour quel patient ?")));
        AssistantAction find = new AssistantAction(ActionType.FIND_SLOTS, AssistantContext.DEFAULT_ADDRESS,
                "Africa/Algiers", null, null, null,
                new Window("2026-11-30T08:00:00+01:00", "2026-12-05T00:00:00+01:00", "08:00", "12:00"), null,
                List.of(), null, "local");
        assertEquals(List.of(), problems(find));
    }

    @Test
    void phonesFollowTheClinicCountry() {
        assertEquals(1, problems(create(amrani("+213212345678"), thursdayTen())).size(), "landline prefix 2");
        assertEquals(1, problems(create(amrani("0555123456"), thursdayTen())).size());
        assertEquals(1, problems(create(amrani("+22376123456"), thursdayTen())).size(), "Malian in Algiers");
        AssistantContext bamako = AssistantFixtures.bamako();
        AssistantAction mali = new AssistantAction(ActionType.CREATE, bamako.clinicAddress(), "Africa/Bamako",
                amrani("+22376123456"), "vaccination", new Slot("2026-11-26T10:00:00Z", "2026-11-26T10:15:00Z", 15),
                null, null, List.of(), null, "local");
        assertEquals(List.of(), validator.problems(mali, bamako));
    }

    @Test
    void timesNeedAnOffsetTheZoneOffsetAndAnEndAfterTheStart() {
        assertEquals(1, problems(create(amrani(null),
                new Slot("2026-11-26T10:00:00", "2026-11-26T10:30:00+01:00", 30))).size());
        assertEquals(1, problems(create(amrani(null),
                new Slot("2026-11-26T10:00:00+02:00", "2026-11-26T10:30:00+01:00", 30))).size());
        assertTrue(problems(create(amrani(null),
                new Slot("2026-11-26T10:30:00+01:00", "2026-11-26T10:00:00+01:00", 30))).stream()
                .anyMatch(p -> p.contains("not after")));
        assertEquals(List.of("slot.end_iso is not start_iso + duration_minutes"), problems(create(amrani(null),
                new Slot("2026-11-26T10:00:00+01:00", "2026-11-26T10:45:00+01:00", 30))));
        AssistantAction cancel = new AssistantAction(ActionType.CANCEL, AssistantContext.DEFAULT_ADDRESS,
                "Africa/Algiers", null, null, null, null,
                new Original("2026-11-26T14:00:00+01:00", "2026-11-26T14:00:00+01:00"), List.of(), null, "local");
        assertEquals(1, problems(cancel).size());
    }

    @Test
    void questionAndMissingOnlyForNeedInfo() {
        AssistantAction withQuestion = new AssistantAction(ActionType.CREATE, AssistantContext.DEFAULT_ADDRESS,
                "Africa/Algiers", amrani(null), null, thursdayTen(), null, null, List.of("care_type"), "Quel soin ?",
                "claude");
        assertEquals(2, problems(withQuestion).size());
        AssistantAction silentNeedInfo = new AssistantAction(ActionType.NEED_INFO, AssistantContext.DEFAULT_ADDRESS,
                "Africa/Algiers", null, null, null, null, null, List.of("patient.name"), " ", "local");
        assertEquals(List.of("NEED_INFO needs a question_fr"), problems(silentNeedInfo));
    }

    @Test
    void careTypeEngineAndClinicFactsAreChecked() {
        AssistantAction action = new AssistantAction(ActionType.CREATE, "ailleurs", "Europe/Paris", amrani(null),
                "massage", thursdayTen(), null, null, List.of(), null, "gpt");
        assertEquals(4, problems(action).size(), String.valueOf(problems(action)));
        AssistantAction fixed = ActionValidator.withContextFacts(action, algiers, "claude");
        assertEquals(1, problems(fixed).size(), "only the care type is left");
    }

    @Test
    void destructiveActionsNeedSomethingToActOn() {
        AssistantAction bareCancel = new AssistantAction(ActionType.CANCEL, AssistantContext.DEFAULT_ADDRESS,
                "Africa/Algiers", null, null, null, null, null, List.of(), null, "local");
        assertEquals(1, problems(bareCancel).size());
        assertEquals(1, problems(create(null, thursdayTen())).size(), "CREATE without a patient name");
    }

    @Test
    void jsonShapeIsCheckedAgainstTheSchema() {
        ObjectNode good = AssistantFixtures.createInput(mapper);
        assertEquals(List.of(), validator.jsonProblems(good, algiers));

        ObjectNode extraKey = good.deepCopy();
        extraKey.put("comment", "hello");
        assertEquals(List.of("$.comment is not a known key"), validator.jsonProblems(extraKey, algiers));

        ObjectNode missingKey = good.deepCopy();
        ((ObjectNode) missingKey.get("patient")).remove("email");
        assertEquals(List.of("$.patient matches none of its allowed shapes"), validator.jsonProblems(missingKey, algiers));

        ObjectNode wrongType = good.deepCopy();
        ((ObjectNode) wrongType.get("slot")).put("duration_minutes", "30");
        assertEquals(1, validator.jsonProblems(wrongType, algiers).size());

        ObjectNode wrongEnum = good.deepCopy();
        wrongEnum.put("action", "BOOK");
        assertEquals(List.of("$.action is not an allowed value: BOOK"), validator.jsonProblems(wrongEnum, algiers));

        ObjectNode nullAction = good.deepCopy();
        nullAction.putNull("action");
        assertEquals(List.of("$.action has the wrong type"), validator.jsonProblems(nullAction, algiers));
    }
}
