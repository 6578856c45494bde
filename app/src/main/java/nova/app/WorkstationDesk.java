package nova.app;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nova.agenda.domain.AppointmentChange;
import java.util.Optional;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.SlotProposal;
import nova.agenda.domain.SlotQuery;
import nova.assistant.service.AssistantReply;
import nova.agenda.domain.BookingRequest;
import nova.agenda.service.BookingRefusedException;
import nova.common.ValidationException;
import nova.patient.domain.NewPatient;
import nova.patient.domain.PatientSummary;
import nova.security.domain.Role;
import nova.sync.connector.SyncException;
import nova.sync.service.HubProbe;
import nova.sync.service.SyncService;
import nova.ui.session.AdminSettings;
import nova.ui.session.AppointmentBook;
import nova.ui.session.SyncDesk;
import nova.ui.session.AssistantDesk;
import nova.ui.session.ClinicAdmin;
import nova.ui.session.ClinicSnapshot;
import nova.clinic.domain.CareTypeSetting;
import nova.clinic.domain.ClinicDetails;
import nova.clinic.domain.ClinicProfile;
import nova.clinic.domain.ClosingPeriod;
import nova.clinic.domain.ResourceHours;
import nova.clinic.domain.ResourceSetting;
import nova.ui.session.DeskSession;
import nova.ui.session.PatientDirectory;
import nova.ui.support.UserMessageException;

/**
 * An opened {@link Workstation} as the screens use it. The services' French refusals (validation, double booking)
 * become {@link UserMessageException}s that screens show inline; anything else stays an unexpected failure.
 */
public final class WorkstationDesk implements DeskSession, AppointmentBook, PatientDirectory, AssistantDesk,
        SyncDesk, AdminSettings, nova.ui.session.WaitlistDesk, nova.ui.session.AgendaAdmin, ClinicAdmin {

    private final WorkstationConsultations consultations;
    private final WorkstationReferrals referrals;
    private final WorkstationRecordNames names;

    private final Workstation workstation;
    /** The snapshot and the service profile it was made from: every clinic reload makes a new profile object. */
    private record Made(ClinicProfile from, ClinicSnapshot snapshot) {
    }

    private volatile Made clinic;

    public WorkstationDesk(Workstation workstation) {
        this.workstation = workstation;
        this.consultations = new WorkstationConsultations(workstation);
        this.referrals = new WorkstationReferrals(workstation);
        this.names = new WorkstationRecordNames(workstation);
    }

    public Workstation workstation() {
        return workstation;
    }

    @Override
    public String username() {
        return workstation.username();
    }

    /** Made again after the administrator (or a sync) changed the clinic, so screens opened next see it. */
    @Override
    public ClinicSnapshot clinic() {
        var service = workstation.clinic();
        ClinicProfile profile = service.profile();
        Made made = clinic;
        if (made == null || made.from() != profile) {
            made = new Made(profile, new ClinicSnapshot(profile, service.chairs(), service.practitioners(),
                    service.careTypes(), service.ownHours()));
            clinic = made;
        }
        return made.snapshot();
    }

    @Override
    public java.util.Map<LocalDate, String> closedDays(LocalDate from, LocalDate toExclusive) {
        var schedule = workstation.agenda().schedule();
        java.util.Map<LocalDate, String> closed = new java.util.TreeMap<>();
        for (LocalDate day = from; day.isBefore(toExclusive); day = day.plusDays(1)) {
            LocalDate date = day;
            schedule.holidayOn(date).ifPresentOrElse(h -> closed.put(date, "Jour férié : " + h.name()),
                    () -> schedule.closingReason(date).ifPresent(reason -> closed.put(date, reason)));
        }
        return closed;
    }

    @Override
    public AppointmentBook appointments() {
        return this;
    }

    @Override
    public PatientDirectory patients() {
        return this;
    }

    @Override
    public List<AppointmentView> day(LocalDate date) {
        return workstation.agenda().day(date);
    }

    @Override
    public List<AppointmentView> range(LocalDate from, LocalDate toExclusive) {
        return workstation.agenda().range(from, toExclusive);
    }

    @Override
    public AppointmentView book(BookingRequest request) throws UserMessageException {
        try {
            return workstation.agenda().book(request);
        } catch (BookingRefusedException | ValidationException refused) {
            throw new UserMessageException(refused.getMessage(), refused);
        }
    }

    @Override
    public List<AppointmentChange> history(UUID appointmentId) {
        return workstation.agenda().history(appointmentId);
    }

    @Override
    public AppointmentView move(UUID id, UUID chairId, UUID practitionerId, ZonedDateTime start, int durationMinutes)
            throws UserMessageException {
        return refusalsAsMessages(() -> workstation.agenda().move(id, chairId, practitionerId, start,
                durationMinutes));
    }

    @Override
    public AppointmentView changeStatus(UUID id, AppointmentStatus to, String reason) throws UserMessageException {
        return refusalsAsMessages(() -> workstation.agenda().changeStatus(id, to, reason));
    }

    @Override
    public AppointmentView undoStatus(UUID id) throws UserMessageException {
        return refusalsAsMessages(() -> workstation.agenda().undoStatus(id));
    }

    @Override
    public List<nova.agenda.domain.SlotProposal> findSlots(nova.agenda.domain.SlotQuery query) {
        return workstation.agenda().findSlots(query);
    }

    @Override
    public List<AppointmentView> forPatient(UUID patientId) {
        return workstation.agenda().forPatient(patientId);
    }

    private static <T> T refusalsAsMessages(Supplier<T> change) throws UserMessageException {
        try {
            return change.get();
        } catch (BookingRefusedException | ValidationException refused) {
            throw new UserMessageException(refused.getMessage(), refused);
        }
    }

    @Override
    public List<PatientSummary> search(String query, int limit) {
        return workstation.patients().search(query, limit);
    }

    @Override
    public PatientSummary create(NewPatient patient) throws UserMessageException {
        try {
            return workstation.patients().create(patient);
        } catch (ValidationException invalid) {
            throw new UserMessageException(invalid.getMessage(), invalid);
        }
    }

    @Override
    public Optional<AssistantDesk> assistant() {
        return Optional.of(this);
    }

    @Override
    public AssistantReply ask(String text) {
        // Without a key Claude is simply not in use: the local engine answers and the card says so, without the
        // « Claude non configuré » notice, which is for the administrator, not for every request at the desk.
        boolean offline = !workstation.claudeSettings().hasApiKey();
        return workstation.assistant().ask(text, workstation.assistantContext(), offline);
    }

    @Override
    public Optional<SyncDesk> sync() {
        return Optional.of(this);
    }

    @Override
    public SyncService service() {
        return workstation.sync();
    }

    @Override
    public nova.ui.session.RecordNames names() {
        return names;
    }

    @Override
    public void syncNow() {
        workstation.syncWorker().syncNow();
    }

    @Override
    public void startIfConfigured() {
        if (workstation.sync().settings().configured()) {
            workstation.syncWorker().start();
        }
    }

    @Override
    public Optional<nova.ui.session.ConsultationDesk> consultations() {
        return Optional.of(consultations);
    }

    @Override
    public Optional<nova.ui.session.ReferralDesk> referrals() {
        return workstation.sync().settings().configured() ? Optional.of(referrals) : Optional.empty();
    }

    @Override
    public Optional<nova.ui.session.WaitlistDesk> waitlist() {
        return Optional.of(this);
    }

    @Override
    public List<nova.agenda.domain.WaitlistLine> waiting() {
        return workstation.waitlist().waiting();
    }

    @Override
    public nova.agenda.domain.WaitlistLine add(nova.agenda.domain.WaitlistWish wish) throws UserMessageException {
        try {
            return workstation.waitlist().add(wish);
        } catch (IllegalArgumentException invalid) {
            throw new UserMessageException(invalid.getMessage(), invalid);
        }
    }

    @Override
    public void remove(UUID entryId) {
        workstation.waitlist().remove(entryId);
    }

    @Override
    public List<nova.agenda.domain.WaitlistLine> offersFor(AppointmentView freed) {
        return workstation.waitlist().offersFor(freed);
    }

    @Override
    public AppointmentView bookOffer(UUID entryId, AppointmentView freed) throws UserMessageException {
        return refusalsAsMessages(() -> workstation.waitlist().bookOffer(entryId, freed));
    }

    @Override
    public Optional<nova.ui.session.AgendaAdmin> agendaAdmin() {
        return workstation.user().role() == Role.ADMIN ? Optional.of(this) : Optional.empty();
    }

    @Override
    public nova.agenda.domain.DoubleBookingPolicy doubleBookingPolicy() {
        return workstation.clinic().doubleBookingPolicy();
    }

    @Override
    public void saveDoubleBookingPolicy(nova.agenda.domain.DoubleBookingPolicy policy) {
        workstation.setDoubleBookingPolicy(policy);
    }

    @Override
    public List<nova.agenda.domain.Holiday> holidaysOf(int year) {
        return workstation.agenda().schedule().holidays().holidaysOf(year);
    }

    @Override
    public void addHoliday(LocalDate date, String name) {
        var agenda = workstation.agenda();
        agenda.saveHolidays(agenda.schedule().holidays().withDate(date, name));
    }

    @Override
    public void removeHoliday(LocalDate date) {
        var agenda = workstation.agenda();
        agenda.saveHolidays(agenda.schedule().holidays().withoutDate(date));
    }

    @Override
    public List<nova.agenda.domain.Blockout> blockouts(LocalDate from, LocalDate toExclusive) {
        return workstation.agenda().blockouts(from, toExclusive);
    }

    @Override
    public void addBlockout(nova.agenda.domain.Blockout blockout) {
        workstation.agenda().addBlockout(blockout);
    }

    @Override
    public void removeBlockout(UUID id) {
        workstation.agenda().removeBlockout(id);
    }

    // ---- the administrator's clinic settings

    @Override
    public Optional<ClinicAdmin> clinicAdmin() {
        return workstation.user().role() == Role.ADMIN ? Optional.of(this) : Optional.empty();
    }

    @Override
    public Optional<nova.ui.session.OwnAccount> ownAccount() {
        return Optional.of((oldPassword, newPassword) ->
                refusalsAsMessages(() -> workstation.users().changePassword(oldPassword, newPassword)));
    }

    @Override
    public Optional<nova.ui.session.UserAdmin> userAdmin() {
        if (workstation.user().role() != Role.ADMIN) {
            return Optional.empty();
        }
        return Optional.of(new nova.ui.session.UserAdmin() {
            @Override
            public List<nova.security.domain.UserAccount> users() {
                return workstation.users().users();
            }

            @Override
            public void setActive(String username, boolean active) throws UserMessageException {
                refusalsAsMessages(() -> workstation.users().setActive(username, active));
            }

            @Override
            public void addUser(String username, String displayName, Role role, char[] password)
                    throws UserMessageException {
                refusalsAsMessages(() -> workstation.users().addUser(username, displayName, role, password));
            }

            @Override
            public void resetPassword(String username, char[] password) throws UserMessageException {
                refusalsAsMessages(() -> workstation.users().resetPassword(username, password));
            }
        });
    }

    /** A change of the clinic settings, its French refusal turned into a message the dialog shows. */
    private interface SettingsChange {
        void run();
    }

    private static void refusalsAsMessages(SettingsChange change) throws UserMessageException {
        try {
            change.run();
        } catch (ValidationException refused) {
            throw new UserMessageException(refused.getMessage(), refused);
        }
    }

    @Override
    public ClinicDetails details() {
        return workstation.clinicSettings().details();
    }

    @Override
    public void saveDetails(ClinicDetails details) throws UserMessageException {
        refusalsAsMessages(() -> workstation.clinicSettings().saveDetails(details));
    }

    @Override
    public List<ResourceSetting> practitioners() {
        return workstation.clinic().practitionerSettings();
    }

    @Override
    public void addPractitioner(String name, String speciality, ResourceHours ownHours) throws UserMessageException {
        refusalsAsMessages(() -> workstation.clinicSettings().addPractitioner(name, speciality, ownHours));
    }

    @Override
    public void editPractitioner(UUID id, String name, String speciality, ResourceHours ownHours)
            throws UserMessageException {
        refusalsAsMessages(() -> workstation.clinicSettings().editPractitioner(id, name, speciality, ownHours));
    }

    @Override
    public void setPractitionerActive(UUID id, boolean active) throws UserMessageException {
        refusalsAsMessages(() -> workstation.clinicSettings().setPractitionerActive(id, active));
    }

    @Override
    public List<ResourceSetting> chairs() {
        return workstation.clinic().chairSettings();
    }

    @Override
    public void addChair(String name, ResourceHours ownHours) throws UserMessageException {
        refusalsAsMessages(() -> workstation.clinicSettings().addChair(name, ownHours));
    }

    @Override
    public void editChair(UUID id, String name, ResourceHours ownHours) throws UserMessageException {
        refusalsAsMessages(() -> workstation.clinicSettings().editChair(id, name, ownHours));
    }

    @Override
    public void setChairActive(UUID id, boolean active) throws UserMessageException {
        refusalsAsMessages(() -> workstation.clinicSettings().setChairActive(id, active));
    }

    @Override
    public List<CareTypeSetting> careTypes() {
        return workstation.clinic().careTypeSettings();
    }

    @Override
    public void addCareType(String label, int durationMinutes, String colorHex) throws UserMessageException {
        refusalsAsMessages(() -> workstation.clinicSettings().addCareType(label, durationMinutes, colorHex));
    }

    @Override
    public void editCareType(String code, String label, int durationMinutes, String colorHex)
            throws UserMessageException {
        refusalsAsMessages(() -> workstation.clinicSettings().editCareType(code, label, durationMinutes, colorHex));
    }

    @Override
    public void setCareTypeActive(String code, boolean active) throws UserMessageException {
        refusalsAsMessages(() -> workstation.clinicSettings().setCareTypeActive(code, active));
    }

    @Override
    public List<ClosingPeriod> closings() {
        return workstation.clinic().closingPeriods();
    }

    @Override
    public void addClosing(LocalDate firstDay, LocalDate lastDay, String reason) throws UserMessageException {
        refusalsAsMessages(() -> workstation.clinicSettings().addClosing(firstDay, lastDay, reason));
    }

    @Override
    public List<AppointmentView> bookedDuring(LocalDate firstDay, LocalDate lastDay) {
        return workstation.agenda().expected(firstDay, lastDay.plusDays(1));
    }

    @Override
    public List<AppointmentView> bookedOutside(UUID resourceId, ResourceHours hours) {
        return workstation.agenda().expectedOutside(resourceId, hours);
    }

    @Override
    public void editClosing(UUID id, LocalDate firstDay, LocalDate lastDay, String reason)
            throws UserMessageException {
        refusalsAsMessages(() -> workstation.clinicSettings().editClosing(id, firstDay, lastDay, reason));
    }

    @Override
    public void removeClosing(UUID id) throws UserMessageException {
        refusalsAsMessages(() -> workstation.clinicSettings().removeClosing(id));
    }

    @Override
    public nova.agenda.domain.Blockout placeBlockout(nova.agenda.domain.Blockout blockout) throws UserMessageException {
        return refusalsAsMessages(() -> workstation.agenda().placeBlockout(blockout));
    }

    @Override
    public nova.agenda.domain.Blockout moveBlockout(UUID id, java.time.Instant start, UUID resourceId)
            throws UserMessageException {
        return refusalsAsMessages(() -> workstation.agenda().moveBlockout(id, start, resourceId));
    }

    @Override
    public nova.agenda.domain.Blockout copyBlockout(UUID id, java.time.Instant start, UUID resourceId)
            throws UserMessageException {
        return refusalsAsMessages(() -> workstation.agenda().copyBlockout(id, start, resourceId));
    }

    @Override
    public nova.agenda.domain.WorkingSchedule schedule() {
        return workstation.agenda().schedule();
    }

    @Override
    public Optional<AdminSettings> adminSettings() {
        return workstation.user().role() == Role.ADMIN ? Optional.of(this) : Optional.empty();
    }

    @Override
    public ClaudeChoice claude() {
        var settings = workstation.claudeSettings();
        return new ClaudeChoice(settings.enabled(), settings.hasApiKey(), settings.model());
    }

    @Override
    public void saveClaude(boolean enabled, String newKey, boolean clearKey, String model) {
        var settings = workstation.claudeSettings();
        String key;
        if (clearKey) {
            key = "";
        } else if (newKey != null && !newKey.isBlank()) {
            key = newKey;
        } else {
            key = new String(settings.apiKey());
        }
        settings.update(enabled, key, model);
    }

    @Override
    public HubChoice hub() {
        var settings = workstation.sync().settings();
        String user = "";
        boolean passwordStored = false;
        if (settings.configured()) {
            var credentials = settings.hubCredentials();
            // The site's standard role is shown as empty, so that changing the site changes the role with it.
            String standard = "nova_site_" + credentials.siteId().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
            user = credentials.user().equals(standard) ? "" : credentials.user();
            passwordStored = credentials.password().length > 0;
            credentials.wipe();
        }
        return new HubChoice(settings.hubUrl().orElse(""), settings.siteId().orElse(""), user, passwordStored,
                !settings.tlsOffForLoopback());
    }

    @Override
    public void saveHub(String url, String site, String user, char[] password, boolean verifyTls)
            throws UserMessageException {
        try {
            workstation.sync().settings().configure(url, site == null ? null : site.strip(), user, password, null,
                    !verifyTls);
        } catch (ValidationException refused) {
            throw new UserMessageException(refused.getMessage(), refused);
        }
        startIfConfigured();
    }

    @Override
    public HubReached tryHub(String url, String site, String user, char[] password, boolean verifyTls)
            throws UserMessageException {
        try {
            var reached = new HubProbe(workstation.sync().settings()).tryHub(url, site, user, password, !verifyTls);
            return new HubReached(reached.user(), reached.took());
        } catch (ValidationException | SyncException refused) {
            throw new UserMessageException(refused.getMessage(), refused);
        }
    }

    @Override
    public void close() {
        workstation.close();
    }
}
