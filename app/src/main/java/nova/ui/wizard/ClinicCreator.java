package nova.ui.wizard;

import nova.clinic.domain.ClinicKind;
import nova.clinic.service.JoinRequest;
import nova.clinic.service.SetupRequest;
import nova.ui.support.UserMessageException;

/** The set-up service as the wizard sees it: presets to start from, and the creation of the encrypted store. */
public interface ClinicCreator {

    /** A pre-filled request for that kind of clinic (no admin yet). */
    SetupRequest preset(ClinicKind kind);

    /**
     * Creates the store. Blocking (key derivation, migrations, demo data): call it in the background.
     *
     * @throws UserMessageException when the service refuses the request, with its French reason
     */
    void create(SetupRequest request) throws UserMessageException;

    /**
     * Creates the store of another desk of a clinic that already syncs, from the hub (« Rejoindre un cabinet
     * existant »). Blocking (network, key derivation, the site's whole ledger): call it in the background.
     *
     * @throws UserMessageException when the hub cannot be reached or refuses, with the French reason
     */
    void join(JoinRequest request) throws UserMessageException;
}
