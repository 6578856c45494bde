package nova.clinic.service;

/** What a desk that joined from the hub now holds. */
public record JoinResult(String clinicName, int practitioners, int chairs, int careTypes, long recordsReceived) {
}
