package nova.referral.service;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import nova.common.Ids;
import nova.common.ValidationException;
import nova.consultation.domain.ConsultationDraft;
import nova.consultation.domain.Referral;
import nova.consultation.domain.ReferralStatus;
import nova.consultation.store.ConsultationJson;
import nova.patient.store.PatientEntity;
import nova.referral.domain.ReferralSite;
import nova.referral.store.ReferralEntity;
import nova.sync.service.OutboxWriter;
import org.hibernate.Session;

/**
 * Turns the referral of a consultation addressed to another NOVA site into a {@code referral} record and its
 * outbox entry, inside the consultation's own transaction (decision 0200). Changing the destination cancels the
 * record sent to the former one and sends a new record; cancelling or removing the referral cancels it.
 */
public final class ReferralSender {

    /** The hub's entity name of a referral. */
    public static final String ENTITY = "referral";
    public static final String NOT_CONNECTED = "Ce poste n'est pas relié au hub : la référence ne peut pas être envoyée"
            + " à une autre structure NOVA. Choisissez « Autre structure » et écrivez la destination.";
    public static final String NOT_LISTED = "Cette structure ne fait plus partie des structures NOVA du hub (ou ce poste"
            + " ne la connaît pas encore) : choisissez-en une autre dans la liste « Vers », ou « Autre structure ».";

    private final OutboxWriter outbox;
    private final UUID localSiteId;
    private final Supplier<Optional<String>> hubSiteId;
    private final Supplier<String> clinicName;
    private final SiteDirectory directory;
    private final Function<UUID, String> practitionerName;

    /**
     * {@code practitionerName}: the name to print for a consultation's practitioner id (null: the logged-in
     * user's).
     */
    public ReferralSender(OutboxWriter outbox, UUID localSiteId, Supplier<Optional<String>> hubSiteId,
                          Supplier<String> clinicName, SiteDirectory directory,
                          Function<UUID, String> practitionerName) {
        this.outbox = outbox;
        this.localSiteId = localSiteId;
        this.hubSiteId = hubSiteId;
        this.clinicName = clinicName;
        this.directory = directory;
        this.practitionerName = practitionerName;
    }

    /**
     * Sends, updates or cancels the referral record of a consultation being saved; returns the referral to keep in
     * the consultation (with the id of the record sent). {@code previous} is the referral the consultation had.
     */
    public Referral send(Session session, PatientEntity patient, ConsultationDraft draft, Referral previous,
                         Instant now) {
        Referral wanted = draft.referral();
        boolean sending = wanted != null && wanted.addressed() && wanted.status() != ReferralStatus.CANCELLED;
        UUID kept = null;
        if (previous != null && previous.referralId() != null) {
            boolean sameDestination = wanted != null && Objects.equals(previous.targetSiteId(), wanted.targetSiteId());
            if (sending && sameDestination) {
                kept = previous.referralId();
            } else {
                cancel(session, previous.referralId(), now);
                if (wanted != null && sameDestination) {
                    return wanted.withReferralId(previous.referralId());
                }
            }
        }
        if (!sending) {
            return wanted == null ? null : wanted.withReferralId(null);
        }
        String me = hubSiteId.get().orElseThrow(() -> new ValidationException(NOT_CONNECTED));
        if (me.equals(wanted.targetSiteId())) {
            throw new ValidationException("Un patient ne peut pas être référé vers cette structure elle-même.");
        }
        Optional<ReferralSite> listed = directory.find(session, wanted.targetSiteId());
        if (kept == null && listed.isEmpty()) {
            // The form offers only listed sites; a consultation opened before the site was removed still holds it.
            throw new ValidationException(NOT_LISTED);
        }
        UUID id = kept != null ? kept : Ids.newId();
        ReferralEntity referral = session.find(ReferralEntity.class, id);
        Map<String, Object> before = null;
        if (referral == null) {
            referral = new ReferralEntity(id, localSiteId, now, me, wanted.targetSiteId());
        } else {
            before = referral.syncFields();
        }
        String destination = listed.map(ReferralSite::name).orElse(wanted.destination());
        referral.fill(clinicName.get(), destination, practitionerName.apply(draft.practitionerId()),
                wanted.urgency(), wanted.reason(), patient.getLastName(), patient.getFirstName(),
                patient.getSex().name(), patient.getBirthDate(), patient.getBirthYear(), patient.getPhoneE164(),
                ConsultationJson.write(draft.diagnoses()), draft.vitals());
        if (before == null) {
            session.persist(referral);
        } else if (sameContent(before, referral.syncFields())) {
            return wanted.withReferralId(id);
        } else {
            referral.touch(now);
        }
        session.flush();
        outbox.upsert(session, ENTITY, id, referral.getHubVersion(), referral.syncFields());
        return wanted.withReferralId(id);
    }

    private void cancel(Session session, UUID referralId, Instant now) {
        ReferralEntity referral = session.find(ReferralEntity.class, referralId);
        if (referral == null || referral.isCancelled()) {
            return;
        }
        referral.cancel(now);
        session.flush();
        outbox.upsert(session, ENTITY, referralId, referral.getHubVersion(), referral.syncFields());
    }

    /** Equal but for the update instant, which fill does not change: nothing to send again. */
    private static boolean sameContent(Map<String, Object> before, Map<String, Object> after) {
        return before.equals(after);
    }
}
