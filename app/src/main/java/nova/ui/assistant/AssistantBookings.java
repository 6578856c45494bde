package nova.ui.assistant;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import nova.agenda.domain.AppointmentView;
import nova.patient.domain.PatientSummary;
import nova.ui.booking.BookingDialog;
import nova.ui.booking.BookingViewModel;
import nova.ui.support.Messages;

/**
 * Opens the usual booking dialog filled in with what the assistant understood; the dialog does the writing, with
 * its own checks and French refusals, and only when the receptionist presses its button.
 */
public final class AssistantBookings implements Consumer<BookingPrefill> {

    private final Supplier<BookingViewModel> bookings;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final Supplier<LocalDate> shownDate;
    private final Consumer<AppointmentView> booked;

    public AssistantBookings(Supplier<BookingViewModel> bookings, Messages messages, Supplier<Window> owner,
                             Supplier<LocalDate> shownDate, Consumer<AppointmentView> booked) {
        this.bookings = bookings;
        this.messages = messages;
        this.owner = owner;
        this.shownDate = shownDate;
        this.booked = booked;
    }

    /**
     * The search runs in the background; when its answer holds the caller's own phone number, that patient is
     * chosen (a name alone may be a namesake: then the receptionist picks).
     */
    private static void selectWhenThePhoneMatches(BookingViewModel booking, String localPhone) {
        String digits = lastNineDigits(localPhone);
        if (digits == null) {
            return;
        }
        booking.getResults().addListener(new javafx.collections.ListChangeListener<PatientSummary>() {
            @Override
            public void onChanged(Change<? extends PatientSummary> change) {
                for (PatientSummary patient : booking.getResults()) {
                    if (digits.equals(lastNineDigits(patient.phoneE164())) && booking.patientProperty().get() == null) {
                        booking.patientProperty().set(patient);
                        booking.getResults().removeListener(this);
                        return;
                    }
                }
            }
        });
    }

    private static String lastNineDigits(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.length() < 8 ? null : digits.substring(Math.max(0, digits.length() - 9));
    }

    @Override
    public void accept(BookingPrefill prefill) {
        BookingViewModel booking = bookings.get();
        booking.prefill(prefill.date() == null ? shownDate.get() : prefill.date(), prefill.time(), prefill.chair(),
                prefill.practitioner());
        if (prefill.careType() != null) {
            booking.careTypeProperty().set(prefill.careType());
        }
        if (prefill.patientName() != null) {
            booking.lastNameProperty().set(prefill.patientName());
        }
        if (prefill.patientPhone() != null) {
            booking.phoneProperty().set(prefill.patientPhone());
        }
        if (prefill.patientSearch() != null) {
            selectWhenThePhoneMatches(booking, prefill.patientPhone());
            booking.searchTextProperty().set(prefill.patientSearch());
        }
        new BookingDialog(booking, messages, owner.get()).showAndWait().ifPresent(booked);
    }
}
