package nova.agenda.service;

/** A booking or move the rules refuse; the message is French and names the reason (e.g. the other appointment). */
public final class BookingRefusedException extends RuntimeException {

    public BookingRefusedException(String frenchMessage) {
        super(frenchMessage);
    }
}
