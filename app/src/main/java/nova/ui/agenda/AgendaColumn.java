package nova.ui.agenda;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One column of an agenda grid: a chair, a practitioner or (in the week view) a day. {@code key} is what the
 * control's column-key function returns for the appointments that belong here. {@code ownHours} (null: the grid's
 * hours) shades a resource that works other hours than the clinic; {@code closedReason} (null: open) shades the
 * whole column of a day the clinic is closed (public holiday, closing period).
 */
public record AgendaColumn(Object key, LocalDate date, String title, AgendaHours ownHours, String closedReason) {

    public AgendaColumn {
        Objects.requireNonNull(key);
        Objects.requireNonNull(date);
        Objects.requireNonNull(title);
    }

    public AgendaColumn(Object key, LocalDate date, String title) {
        this(key, date, title, null, null);
    }

    public boolean isClosed() {
        return closedReason != null;
    }
}
