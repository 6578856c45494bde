package nova.assistant.service.time;

import java.time.LocalTime;

/**
 * Named parts of a day. Each has its plain meaning (used by {@code when}, as in the French Duckling corpus) and the
 * booking meaning of the assistant contract (used by {@code parse} before the clinic's hours narrow it). A null
 * booking bound means the part has no booking meaning of its own and the plain one is used.
 */
public enum PartOfDay {
    MORNING(4, 12, 8, 12),
    EARLY_MORNING(7, 9, 8, 10),
    MID_MORNING(9, 11, 9, 11),
    LATE_MORNING(10, 12, 10, 12),
    NOON(12, 14, 12, 14),
    AFTER_LUNCH(13, 17, 13, 17),
    BEFORE_LUNCH(10, 12, 10, 12),
    AFTERNOON(12, 19, 14, 18),
    EARLY_AFTERNOON(12, 14, 14, 16),
    MID_AFTERNOON(14, 17, 14, 17),
    LATE_AFTERNOON(17, 19, 16, 18),
    EARLY_DAY(6, 10, 8, 10),
    MID_DAY(11, 16, 11, 16),
    LATE_DAY(17, 21, 16, 20),
    AFTER_WORK(17, 21, 17, 21),
    EVENING(18, 24, 18, 20),
    EARLY_EVENING(18, 21, 18, 20),
    LATE_EVENING(21, 24, 21, 24);

    private final int plainStart;
    private final int plainEnd;
    private final int bookingStart;
    private final int bookingEnd;

    PartOfDay(int plainStart, int plainEnd, int bookingStart, int bookingEnd) {
        this.plainStart = plainStart;
        this.plainEnd = plainEnd;
        this.bookingStart = bookingStart;
        this.bookingEnd = bookingEnd;
    }

    public int plainStartHour() {
        return plainStart;
    }

    /** 24 means midnight at the end of the day. */
    public int plainEndHour() {
        return plainEnd;
    }

    public LocalTime bookingStart() {
        return LocalTime.of(bookingStart, 0);
    }

    /** Midnight ({@code 24}) is given as {@link LocalTime#MAX}. */
    public LocalTime bookingEnd() {
        return bookingEnd == 24 ? LocalTime.MAX : LocalTime.of(bookingEnd, 0);
    }

    /** True for parts after noon, where "3 heures" means 15:00. */
    public boolean afternoonClock() {
        return plainStart >= 12;
    }
}
