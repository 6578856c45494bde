package nova.agenda.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nova.agenda.domain.Blockout;
import nova.store.SyncedEntity;

@Entity
@Table(name = "blockout")
public class BlockoutEntity extends SyncedEntity {

    @Column(name = "resource_id")
    private UUID resourceId;
    @Column(name = "start_at", nullable = false)
    private Instant start;
    @Column(name = "end_at", nullable = false)
    private Instant end;
    @Column(name = "reason")
    private String reason;

    protected BlockoutEntity() {
    }

    public BlockoutEntity(UUID siteId, Instant now, Blockout blockout) {
        super(blockout.id(), siteId, now);
        this.resourceId = blockout.resourceId();
        this.start = blockout.start();
        this.end = blockout.end();
        this.reason = blockout.reason();
    }

    /** A cut and paste in the agenda grid: same blockout, another time and resource (null = whole clinic). */
    public void moveTo(Instant newStart, Instant newEnd, UUID newResourceId, Instant now) {
        this.start = newStart;
        this.end = newEnd;
        this.resourceId = newResourceId;
        touch(now);
    }

    public Blockout toBlockout() {
        return new Blockout(getId(), resourceId, start, end, reason);
    }
}
