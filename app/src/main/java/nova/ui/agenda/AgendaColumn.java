package nova.ui.agenda;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One column of an agenda grid: a chair, a practitioner or (in the week view) a day. {@code key} is what the
 * control's column-key function returns for the appointments that belong here.
 */
public record AgendaColumn(Object key, LocalDate date, String title) {

    public AgendaColumn {
        Objects.requireNonNull(key);
        Objects.requireNonNull(date);
        Objects.requireNonNull(title);
    }
}
