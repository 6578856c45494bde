package nova.agenda.domain;

/** A waitlist request as the list shows it: the matcher's view of it, the wish as noted and where it stands. */
public record WaitlistLine(WaitlistEntry entry, WaitlistWish wish, WaitlistStatus status) {
}
