package nova.store;

import java.util.List;

/** The mapped classes, listed once: no class-path scanning at start-up. */
final class EntityCatalog {

    static final List<Class<?>> ENTITIES = List.of(
            nova.clinic.store.ClinicEntity.class,
            nova.clinic.store.ChairEntity.class,
            nova.clinic.store.PractitionerEntity.class,
            nova.clinic.store.CareTypeEntity.class,
            nova.clinic.store.ClosingPeriodEntity.class,
            nova.security.store.UserAccountEntity.class,
            nova.security.store.AuditEventEntity.class,
            nova.patient.store.PatientEntity.class,
            nova.agenda.store.AppointmentEntity.class,
            nova.agenda.store.AppointmentHistoryEntity.class,
            nova.agenda.store.BlockoutEntity.class,
            nova.agenda.store.WaitlistEntryEntity.class,
            nova.sync.store.OutboxEntryEntity.class,
            nova.consultation.store.ConsultationEntity.class,
            nova.referral.store.ReferralEntity.class,
            nova.referral.store.ReferralStatusEntity.class,
            SettingEntity.class);

    private EntityCatalog() {
    }
}
