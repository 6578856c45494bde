package nova.referral.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nova.referral.domain.ReferralAnswer;
import nova.referral.domain.ReferralProgress;
import nova.store.SyncedEntity;

/**
 * The receiving site's answer to a referral: same id as the referral, owned by the receiving site and addressed
 * back to the sender ({@code targetSite}). Steps only move forward; each keeps its instant.
 */
@Entity
@Table(name = "referral_status")
public class ReferralStatusEntity extends SyncedEntity {

    @Column(name = "target_site", nullable = false)
    private String targetSite;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ReferralProgress status;
    @Column(name = "seen_at")
    private Instant seenAt;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "handled_at")
    private Instant handledAt;
    @Column(name = "hub_version", nullable = false)
    private long hubVersion;

    protected ReferralStatusEntity() {
    }

    public ReferralStatusEntity(UUID referralId, UUID siteId, Instant now, String senderSite) {
        super(referralId, siteId, now);
        this.targetSite = senderSite;
        this.status = ReferralProgress.NEW;
    }

    /** Moves to {@code step} if it is later than the current one; returns whether anything changed. */
    public boolean advance(ReferralProgress step, Instant now) {
        ReferralAnswer before = answer();
        ReferralAnswer after = before.reach(step, now);
        if (after.equals(before)) {
            return false;
        }
        status = after.status();
        seenAt = after.seenAt();
        receivedAt = after.receivedAt();
        handledAt = after.handledAt();
        touch(now);
        return true;
    }

    /** The steps as this row holds them (a pulled version lagging behind its own instants reads as reached). */
    public ReferralAnswer answer() {
        return new ReferralAnswer(status, seenAt, receivedAt, handledAt);
    }

    public Map<String, Object> syncFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("target_site", targetSite);
        fields.put("status", status.name());
        fields.put("seen_at", seenAt == null ? null : seenAt.toString());
        fields.put("received_at", receivedAt == null ? null : receivedAt.toString());
        fields.put("handled_at", handledAt == null ? null : handledAt.toString());
        fields.put("deleted", isDeleted());
        fields.put("updated_at", getUpdatedAt().toString());
        return fields;
    }

    /** When the current step was reached. */
    public Instant reachedAt() {
        return answer().reachedAt();
    }

    public long getHubVersion() { return hubVersion; }
    public String getTargetSite() { return targetSite; }
    public ReferralProgress getStatus() { return answer().status(); }
}
