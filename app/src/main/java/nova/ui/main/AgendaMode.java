package nova.ui.main;

/** The agenda shows one day (columns = chairs or practitioners) or a working week (columns = days). */
public enum AgendaMode {
    DAY,
    WEEK
}
