package nova.patient.domain;

public enum Sex { FEMALE, MALE, UNKNOWN }
