package nova.agenda.domain;

import java.time.LocalDate;

/** A public holiday falling on a given date. */
public record Holiday(LocalDate date, String name) {
}
