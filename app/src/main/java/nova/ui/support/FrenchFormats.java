package nova.ui.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.util.StringConverter;

/** Date and time as French users type and read them: 22/11/2026, 09:30. */
public final class FrenchFormats {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private FrenchFormats() {
    }

    public static StringConverter<LocalDate> dateConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DATE.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.trim(), DATE);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        };
    }

    public static StringConverter<LocalTime> timeConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalTime time) {
                return time == null ? "" : TIME.format(time);
            }

            @Override
            public LocalTime fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalTime.parse(text.trim().replace('h', ':'), TIME);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        };
    }
}
