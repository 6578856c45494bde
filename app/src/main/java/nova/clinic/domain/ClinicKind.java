package nova.clinic.domain;

/** The two kinds of clinic NOVA was made for; each has a preset. */
public enum ClinicKind {
    /** A dental cabinet (Algeria): chairs, dental care types. */
    DENTAL_CABINET,
    /** A community health centre (Mali): rooms, primary-care visit types. */
    CSCOM
}
