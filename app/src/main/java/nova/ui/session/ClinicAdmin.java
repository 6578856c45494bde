package nova.ui.session;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nova.clinic.domain.CareTypeSetting;
import nova.clinic.domain.ClinicDetails;
import nova.clinic.domain.ClosingPeriod;
import nova.clinic.domain.ResourceHours;
import nova.clinic.domain.ResourceSetting;
import nova.ui.support.UserMessageException;

/**
 * The clinic settings only an administrator changes: the clinic itself, practitioners, chairs or rooms, care types
 * and closing periods. Reads return the current state, deactivated resources included. Every call may block: run
 * it through a BackgroundTask. Refusals come back as {@link UserMessageException}s with the French reason.
 */
public interface ClinicAdmin {

    ClinicDetails details();

    void saveDetails(ClinicDetails details) throws UserMessageException;

    List<ResourceSetting> practitioners();

    void addPractitioner(String name, String speciality, ResourceHours ownHours) throws UserMessageException;

    void editPractitioner(UUID id, String name, String speciality, ResourceHours ownHours) throws UserMessageException;

    void setPractitionerActive(UUID id, boolean active) throws UserMessageException;

    List<ResourceSetting> chairs();

    void addChair(String name, ResourceHours ownHours) throws UserMessageException;

    void editChair(UUID id, String name, ResourceHours ownHours) throws UserMessageException;

    void setChairActive(UUID id, boolean active) throws UserMessageException;

    List<CareTypeSetting> careTypes();

    void addCareType(String label, int durationMinutes, String colorHex) throws UserMessageException;

    void editCareType(String code, String label, int durationMinutes, String colorHex) throws UserMessageException;

    void setCareTypeActive(String code, boolean active) throws UserMessageException;

    List<ClosingPeriod> closings();

    void addClosing(LocalDate firstDay, LocalDate lastDay, String reason) throws UserMessageException;

    void editClosing(UUID id, LocalDate firstDay, LocalDate lastDay, String reason) throws UserMessageException;

    void removeClosing(UUID id) throws UserMessageException;

    /**
     * The appointments still expected (« Prévu », « Confirmé ») from {@code firstDay} to {@code lastDay} included:
     * a new closing does not move them, the admin is told to.
     */
    List<nova.agenda.domain.AppointmentView> bookedDuring(LocalDate firstDay, LocalDate lastDay);

    /**
     * The future appointments still expected with this practitioner or chair that {@code hours} (null: the clinic's
     * hours) would leave outside, in time order: asked before own hours are saved, since saving moves none of them.
     */
    List<nova.agenda.domain.AppointmentView> bookedOutside(UUID resourceId, ResourceHours hours);
}
