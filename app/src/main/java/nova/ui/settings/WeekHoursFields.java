package nova.ui.settings;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nova.clinic.domain.ResourceHours;
import nova.ui.support.Messages;
import nova.ui.support.UserMessageException;

/**
 * The days, opening, closing and break of a week as typed in a settings form (the clinic's, or a resource's own
 * hours). Times are read leniently: « 8 », « 8h », « 08:30 », « 8h30 ». An empty break means none.
 */
public final class WeekHoursFields {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*(?:[h:H.]\\s*(\\d{2})?)?");

    private final Map<DayOfWeek, BooleanProperty> days = new EnumMap<>(DayOfWeek.class);
    private final StringProperty opening = new SimpleStringProperty("");
    private final StringProperty closing = new SimpleStringProperty("");
    private final StringProperty breakStart = new SimpleStringProperty("");
    private final StringProperty breakEnd = new SimpleStringProperty("");

    public WeekHoursFields() {
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, new SimpleBooleanProperty(false));
        }
    }

    public void show(Set<DayOfWeek> worked, LocalTime open, LocalTime close, LocalTime pauseStart, LocalTime pauseEnd) {
        days.forEach((day, checked) -> checked.set(worked.contains(day)));
        opening.set(text(open));
        closing.set(text(close));
        boolean pause = pauseStart != null && pauseEnd != null && pauseStart.isBefore(pauseEnd);
        breakStart.set(pause ? text(pauseStart) : "");
        breakEnd.set(pause ? text(pauseEnd) : "");
    }

    public void show(ResourceHours hours) {
        show(hours.days(), hours.opening(), hours.closing(), hours.breakStart(), hours.breakEnd());
    }

    /** The fields as own hours, or a French refusal naming the wrong field. */
    public ResourceHours read() throws UserMessageException {
        Set<DayOfWeek> worked = EnumSet.noneOf(DayOfWeek.class);
        days.forEach((day, checked) -> {
            if (checked.get()) {
                worked.add(day);
            }
        });
        if (worked.isEmpty()) {
            throw new UserMessageException("Cochez au moins un jour travaillé.");
        }
        LocalTime open = required(opening.get(), "l’ouverture");
        LocalTime close = required(closing.get(), "la fermeture");
        if (!open.isBefore(close)) {
            throw new UserMessageException("L’ouverture doit précéder la fermeture.");
        }
        LocalTime pauseStart = optional(breakStart.get(), "le début de la pause");
        LocalTime pauseEnd = optional(breakEnd.get(), "la fin de la pause");
        if ((pauseStart == null) != (pauseEnd == null)) {
            throw new UserMessageException("Indiquez le début et la fin de la pause, ou laissez les deux vides.");
        }
        if (pauseStart != null && (!pauseStart.isBefore(pauseEnd) || pauseStart.isBefore(open)
                || pauseEnd.isAfter(close))) {
            throw new UserMessageException("La pause doit commencer avant de finir et tenir dans les horaires.");
        }
        return new ResourceHours(worked, open, close, pauseStart, pauseEnd);
    }

    /** « dim., lun., mar. · 08:00–12:00 · pause 10:00–10:15 »: a summary for lists. */
    public static String summary(ResourceHours hours, List<DayOfWeek> weekOrder) {
        StringBuilder text = new StringBuilder();
        for (DayOfWeek day : weekOrder) {
            if (hours.days().contains(day)) {
                text.append(text.isEmpty() ? "" : ", ").append(day.getDisplayName(TextStyle.SHORT, Messages.LOCALE));
            }
        }
        text.append(" · ").append(text(hours.opening())).append("–").append(text(hours.closing()));
        if (hours.hasBreak()) {
            text.append(" · pause ").append(text(hours.breakStart())).append("–").append(text(hours.breakEnd()));
        }
        return text.toString();
    }

    /** The clinic's week in the order people read it: from its first working day after a day off. */
    public static List<DayOfWeek> weekOrder(Set<DayOfWeek> clinicDays) {
        DayOfWeek first = DayOfWeek.MONDAY;
        for (DayOfWeek day : DayOfWeek.values()) {
            if (clinicDays.contains(day) && !clinicDays.contains(day.minus(1))) {
                first = day;
                break;
            }
        }
        DayOfWeek start = first;
        return java.util.stream.IntStream.range(0, 7).mapToObj(start::plus).toList();
    }

    static LocalTime parseTime(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
    }

    private static LocalTime required(String text, String what) throws UserMessageException {
        LocalTime time = optional(text, what);
        if (time == null) {
            throw new UserMessageException("Indiquez " + what + " (HH:MM).");
        }
        return time;
    }

    private static LocalTime optional(String text, String what) throws UserMessageException {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalTime time = parseTime(text);
        if (time == null) {
            throw new UserMessageException("Heure illisible pour " + what + " : « " + text.strip()
                    + " » (écrivez par exemple 08:30).");
        }
        return time;
    }

    static String text(LocalTime time) {
        return time == null ? "" : String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    /** Every field of the form, for a screen that must know when any of them is edited. */
    public List<javafx.beans.Observable> fields() {
        List<javafx.beans.Observable> all = new java.util.ArrayList<>(days.values());
        all.addAll(List.of(opening, closing, breakStart, breakEnd));
        return all;
    }

    public BooleanProperty dayProperty(DayOfWeek day) { return days.get(day); }
    public StringProperty openingProperty() { return opening; }
    public StringProperty closingProperty() { return closing; }
    public StringProperty breakStartProperty() { return breakStart; }
    public StringProperty breakEndProperty() { return breakEnd; }
}
