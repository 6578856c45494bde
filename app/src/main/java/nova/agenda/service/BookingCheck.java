package nova.agenda.service;

import java.util.List;
import java.util.stream.Collectors;

/** The verdict on a candidate appointment: errors refuse it, warnings are shown but let it through. */
public record BookingCheck(List<BookingIssue> errors, List<BookingIssue> warnings) {

    public BookingCheck {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean allowed() {
        return errors.isEmpty();
    }

    /** The errors' messages, one a line, for a dialog or the command line. */
    public String errorText() {
        return errors.stream().map(BookingIssue::message).collect(Collectors.joining("\n"));
    }

    public String warningText() {
        return warnings.stream().map(BookingIssue::message).collect(Collectors.joining("\n"));
    }
}
