package nova.assistant.service.claude;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nova.assistant.domain.AssistantAction;
import nova.assistant.domain.AssistantAction.ActionType;
import nova.assistant.domain.AssistantAction.Patient;
import nova.assistant.domain.AssistantContext;
import nova.assistant.service.AssistantFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private final Redactor redactor = new Redactor();
    private final AssistantContext algiers = AssistantFixtures.algiers();

    @ParameterizedTest
    @ValueSource(strings = {"0555 12 34 56", "05.55.12.34.56", "+213 555 12 34 56", "00213 555 123 456", "0555123456"})
    void everyContractFormatOfAnAlgerianMobileIsHiddenAndRestoredInE164(String phone) {
        RedactedText redacted = redactor.redact("RDV demain pour M. Benali au " + phone + " merci", algiers);

        assertEquals("RDV demain pour M. Benali au [TEL_1] merci", redacted.text());
        assertEquals("+213555123456", redacted.phones().get("[TEL_1]"));
    }

    @Test
    void aLandlineOrAMistypedNumberIsHiddenButRestoresToNull() {
        RedactedText redacted = redactor.redact("fixe 021 23 45 67, portable 0555 12 34 5", algiers);

        assertEquals("fixe [TEL_1], portable [TEL_2]", redacted.text());
        assertNull(redacted.phones().get("[TEL_1]"), "a landline is not a mobile");
        assertNull(redacted.phones().get("[TEL_2]"));
        assertFalse(redacted.text().matches(".*\\d{3}.*"));
    }

    @Test
    void eMailsAreHiddenAndDatesAndTimesAreKept() {
        RedactedText redacted = redactor.redact(
                "Mme Amrani (amrani.k@example.dz) le 05-11-2026 à 10h30, ou le 24/11/2026", algiers);

        assertEquals("Mme Amrani ([EMAIL_1]) le 05-11-2026 à 10h30, ou le 24/11/2026", redacted.text());
        assertEquals("amrani.k@example.dz", redacted.emails().get("[EMAIL_1]"));
    }

    @Test
    void theSameNumberTwiceGetsOnePlaceholder() {
        RedactedText redacted = redactor.redact("0555 12 34 56 ou 0555 12 34 56 ou 0661 22 33 44", algiers);
        assertEquals("[TEL_1] ou [TEL_1] ou [TEL_2]", redacted.text());
        assertEquals("+213661223344", redacted.phones().get("[TEL_2]"));
    }

    @Test
    void malianNumbersUseTheMalianRules() {
        RedactedText redacted = redactor.redact("Awa Traoré 76 12 34 56", AssistantFixtures.bamako());
        assertEquals("Awa Traoré [TEL_1]", redacted.text());
        assertEquals("+22376123456", redacted.phones().get("[TEL_1]"));
    }

    @Test
    void restoreAcceptsOnlyOurPlaceholdersForPhoneAndEmail() {
        RedactedText redacted = redactor.redact("Benali 0555 12 34 56", algiers);
        AssistantAction withToken = action(new Patient("Benali [TEL_1]", "[TEL_1]", null, null), "Et [TEL_1] ?");

        AssistantAction restored = redacted.restore(withToken);

        assertEquals("+213555123456", restored.patient().phoneE164());
        assertEquals("Benali 0555 12 34 56", restored.patient().name());
        assertEquals("Et 0555 12 34 56 ?", restored.questionFr());
        assertThrows(ClaudeFailure.class,
                () -> redacted.restore(action(new Patient("Benali", "+213555123456", null, null), null)));
        assertThrows(ClaudeFailure.class,
                () -> redacted.restore(action(new Patient("Benali", "[TEL_2]", null, null), null)));
        assertTrue(redacted.restore(action(new Patient("Benali", null, null, null), null)).patient().phoneE164() == null);
    }

    private static AssistantAction action(Patient patient, String question) {
        return new AssistantAction(question == null ? ActionType.CANCEL : ActionType.NEED_INFO,
                AssistantContext.DEFAULT_ADDRESS, "Africa/Algiers", patient, null, null, null, null, List.of(),
                question, "claude");
    }
}
