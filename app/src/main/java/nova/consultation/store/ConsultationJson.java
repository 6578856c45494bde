package nova.consultation.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import nova.consultation.domain.Diagnosis;
import nova.consultation.domain.Prescription;
import nova.consultation.domain.Procedure;
import nova.consultation.domain.Referral;

/**
 * The JSON text of a consultation's lists and referral (decision 0140). An empty list is stored as null so that
 * "nothing" has one form in the sync payload; unknown keys are ignored so that a newer workstation's fields do
 * not break an older one.
 */
public final class ConsultationJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ConsultationJson() {
    }

    public static String write(List<?> items) {
        return items == null || items.isEmpty() ? null : text(items);
    }

    public static String write(Referral referral) {
        return referral == null ? null : text(referral);
    }

    public static List<Diagnosis> diagnoses(String json) {
        return read(json, new TypeReference<List<Diagnosis>>() { });
    }

    public static List<Procedure> procedures(String json) {
        return read(json, new TypeReference<List<Procedure>>() { });
    }

    public static List<Prescription> prescriptions(String json) {
        return read(json, new TypeReference<List<Prescription>>() { });
    }

    public static Referral referral(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(json, Referral.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable referral JSON", e);
        }
    }

    private static <T> List<T> read(String json, TypeReference<List<T>> type) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable consultation list JSON", e);
        }
    }

    private static String text(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("consultation content not serializable", e);
        }
    }
}
