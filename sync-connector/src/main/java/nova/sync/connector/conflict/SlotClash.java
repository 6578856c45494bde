package nova.sync.connector.conflict;

/** Two appointments holding the same chair at overlapping times; {@code first} has the smaller id. */
public record SlotClash(AppointmentSlot first, AppointmentSlot second) {
}
