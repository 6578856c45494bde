package nova.assistant.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The one strict action the assistant produces (../shared/contracts/assistant.md). This record is the single
 * definition: JSON output, the Claude tool's input schema and validation all derive from it.
 *
 * <p>Every key is always written ({@code JsonInclude.ALWAYS}); {@code required = true} marks a value that is never
 * null, and the tool schema makes every other value nullable.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"action", "clinic_address", "timezone", "patient", "care_type", "slot", "window", "original",
        "missing", "question_fr", "engine"})
public record AssistantAction(
        @JsonProperty(value = "action", required = true) ActionType action,
        @JsonProperty(value = "clinic_address", required = true) String clinicAddress,
        @JsonProperty(value = "timezone", required = true) String timezone,
        @JsonProperty("patient") Patient patient,
        @JsonProperty("care_type") String careType,
        @JsonProperty("slot") Slot slot,
        @JsonProperty("window") Window window,
        @JsonProperty("original") Original original,
        @JsonProperty(value = "missing", required = true) List<String> missing,
        @JsonProperty("question_fr") String questionFr,
        @JsonProperty(value = "engine", required = true) String engine) {

    public AssistantAction {
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    public enum ActionType { FIND_SLOTS, CREATE, RESCHEDULE, CANCEL, CONFIRMATION, NEED_INFO }

    @JsonPropertyOrder({"name", "phone_e164", "email", "patient_id"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Patient(
            @JsonProperty("name") String name,
            @JsonProperty("phone_e164") String phoneE164,
            @JsonProperty("email") String email,
            @JsonProperty("patient_id") String patientId) {
    }

    /** A precise start; {@code endIso} is exclusive. */
    @JsonPropertyOrder({"start_iso", "end_iso", "duration_minutes"})
    public record Slot(
            @JsonProperty(value = "start_iso", required = true) String startIso,
            @JsonProperty(value = "end_iso", required = true) String endIso,
            @JsonProperty(value = "duration_minutes", required = true) int durationMinutes) {
    }

    /** A range to search; daily bounds are local "HH:MM" or null. */
    @JsonPropertyOrder({"start_iso", "end_iso", "daily_start", "daily_end"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Window(
            @JsonProperty(value = "start_iso", required = true) String startIso,
            @JsonProperty(value = "end_iso", required = true) String endIso,
            @JsonProperty("daily_start") String dailyStart,
            @JsonProperty("daily_end") String dailyEnd) {
    }

    /** Which existing appointment a RESCHEDULE, CANCEL or CONFIRMATION is about. */
    @JsonPropertyOrder({"start_iso", "end_iso"})
    public record Original(
            @JsonProperty(value = "start_iso", required = true) String startIso,
            @JsonProperty(value = "end_iso", required = true) String endIso) {
    }
}
