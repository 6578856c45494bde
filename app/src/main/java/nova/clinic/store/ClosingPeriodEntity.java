package nova.clinic.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nova.clinic.domain.ClosingPeriod;
import nova.store.SyncedEntity;

@Entity
@Table(name = "closing_period")
public class ClosingPeriodEntity extends SyncedEntity {

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;
    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;
    @Column(name = "reason", nullable = false)
    private String reason;

    protected ClosingPeriodEntity() {
    }

    public ClosingPeriodEntity(UUID siteId, Instant now, ClosingPeriod period) {
        super(period.id(), siteId, now);
        apply(period);
    }

    private void apply(ClosingPeriod period) {
        this.firstDay = period.firstDay();
        this.lastDay = period.lastDay();
        this.reason = period.reason();
    }

    public void edit(ClosingPeriod period, Instant now) {
        apply(period);
        touch(now);
    }

    public ClosingPeriod toClosingPeriod() {
        return new ClosingPeriod(getId(), firstDay, lastDay, reason);
    }
}
