package nova.assistant.service.claude;

import java.util.Map;
import nova.assistant.domain.AssistantAction;
import nova.assistant.domain.AssistantAction.Patient;
import nova.assistant.service.claude.ClaudeFailure.Kind;

/**
 * A request with its phone numbers and e-mails replaced by placeholders, and what each placeholder stands for:
 * the original words, the phone in E.164 (or null when not a valid number of the clinic's country), the e-mail.
 */
public record RedactedText(String text, Map<String, String> originals, Map<String, String> phones,
        Map<String, String> emails) {

    public RedactedText {
        originals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(originals));
        phones = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phones));
        emails = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(emails));
    }

    /**
     * The action with placeholders replaced: {@code phone_e164} and {@code email} must be one of our placeholders
     * or null, since Claude never saw a real one (anything else was invented, and the answer is refused); names
     * and the question get the original words back.
     */
    public AssistantAction restore(AssistantAction action) {
        Patient patient = action.patient();
        if (patient != null) {
            patient = new Patient(restoreWords(patient.name()),
                    restoreField(patient.phoneE164(), phones, "phone_e164"),
                    restoreField(patient.email(), emails, "email"), patient.patientId());
        }
        return new AssistantAction(action.action(), action.clinicAddress(), action.timezone(), patient,
                action.careType(), action.slot(), action.window(), action.original(), action.missing(),
                restoreWords(action.questionFr()), action.engine());
    }

    private static String restoreField(String value, Map<String, String> known, String field) {
        if (value == null) {
            return null;
        }
        String key = value.strip();
        if (!known.containsKey(key)) {
            throw new ClaudeFailure(Kind.INVALID_ACTION, field + " is neither null nor one of the placeholders");
        }
        return known.get(key);
    }

    private String restoreWords(String value) {
        if (value == null) {
            return null;
        }
        String result = value;
        for (Map.Entry<String, String> entry : originals.entrySet()) {
            result = result.replace(entry.getKey(), entry.getValue());
        }
        return result;
    }
}
