package nova.ui.wizard;

import nova.clinic.domain.ClinicKind;
import nova.ui.support.UserMessageException;

/** The set-up service as the wizard sees it: presets to start from, and the creation of the encrypted store. */
public interface ClinicCreator {

    ClinicDraft preset(ClinicKind kind);

    /** Blocking (key derivation, migrations, demo data): call it in the background. */
    void create(ClinicDraft draft, String adminUser, char[] adminPassword, boolean demo) throws UserMessageException;
}
