package nova.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicBoolean;
import nova.app.StoreDeskBackend;
import nova.clinic.domain.ClinicKind;
import nova.clinic.service.SetupService;
import nova.testing.TestStores;
import nova.ui.support.CurrentThreadTaskExecutor;
import nova.ui.support.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-run wizard's steps and checks, creating a real store at the end, without the toolkit. */
class WizardViewModelTest {

    @TempDir
    Path dataDir;

    private final Messages messages = new Messages();
    private final AtomicBoolean created = new AtomicBoolean();

    private StoreDeskBackend backend() {
        return new StoreDeskBackend(dataDir, TestStores.access(),
                new SetupService(Clock.systemUTC(), TestStores.keyWrapping()), TestStores.keyWrapping());
    }

    private WizardViewModel viewModel(StoreDeskBackend backend) {
        return new WizardViewModel(backend.clinicCreator(), new CurrentThreadTaskExecutor(), messages, true,
                () -> created.set(true));
    }

    @Test
    void presetsFillTheFormAndCanBeSwitched() {
        WizardViewModel viewModel = viewModel(backend());
        assertEquals("Africa/Algiers", viewModel.zoneProperty().get());
        assertTrue(viewModel.workingDayProperty(DayOfWeek.SUNDAY).get());
        assertFalse(viewModel.workingDayProperty(DayOfWeek.FRIDAY).get());
        assertEquals(8, viewModel.getCareTypes().size());
        assertTrue(viewModel.demoProperty().get());

        viewModel.kindProperty().set(ClinicKind.CSCOM);

        assertEquals("Africa/Bamako", viewModel.zoneProperty().get());
        assertEquals("223", viewModel.callingCodeProperty().get());
        assertTrue(viewModel.workingDayProperty(DayOfWeek.FRIDAY).get());
        assertFalse(viewModel.workingDayProperty(DayOfWeek.SUNDAY).get());
        assertTrue(viewModel.chairsProperty().get().contains("Maternité"));
    }

    @Test
    void eachStepIsCheckedBeforeTheNext() {
        WizardViewModel viewModel = viewModel(backend());
        viewModel.next();
        assertEquals(WizardStep.CLINIC, viewModel.getStep());

        viewModel.nameProperty().set(" ");
        viewModel.zoneProperty().set("Europe/Nulle-Part");
        viewModel.closingProperty().set(LocalTime.of(7, 0));
        viewModel.next();
        assertEquals(WizardStep.CLINIC, viewModel.getStep());
        String error = viewModel.errorProperty().get();
        assertTrue(error.contains(messages.get("wizard.error.name")), error);
        assertTrue(error.contains(messages.get("wizard.error.zone")), error);
        assertTrue(error.contains(messages.get("wizard.error.hours")), error);

        viewModel.nameProperty().set("Cabinet Test");
        viewModel.zoneProperty().set("Africa/Algiers");
        viewModel.closingProperty().set(LocalTime.of(17, 0));
        viewModel.next();
        assertEquals(WizardStep.RESOURCES, viewModel.getStep());
        assertEquals("", viewModel.errorProperty().get());

        viewModel.chairsProperty().set("\n  \n");
        viewModel.next();
        assertEquals(WizardStep.RESOURCES, viewModel.getStep());
        assertTrue(viewModel.errorProperty().get().contains(messages.get("wizard.error.chairs")));
        viewModel.previous();
        assertEquals(WizardStep.CLINIC, viewModel.getStep());
    }

    @Test
    void adminPasswordMustBeLongAndTypedTwice() {
        WizardViewModel viewModel = viewModel(backend());
        for (int i = 0; i < 4; i++) {
            viewModel.next();
        }
        assertEquals(WizardStep.ADMIN, viewModel.getStep());
        viewModel.passwordProperty().set("court");
        assertEquals(PasswordStrength.WEAK, viewModel.strengthBinding().get());
        viewModel.next();
        assertTrue(viewModel.errorProperty().get().contains(messages.get("wizard.error.password")));

        viewModel.passwordProperty().set("Cabinet-Alger-2026");
        viewModel.passwordAgainProperty().set("Cabinet-Alger-2025");
        assertEquals(PasswordStrength.STRONG, viewModel.strengthBinding().get());
        viewModel.next();
        assertEquals(messages.get("wizard.error.confirm"), viewModel.errorProperty().get());
    }

    @Test
    void finishingCreatesTheEncryptedStoreThatThenOpens() throws Exception {
        StoreDeskBackend backend = backend();
        WizardViewModel viewModel = viewModel(backend);
        viewModel.nameProperty().set("Cabinet des Tests");
        viewModel.chairsProperty().set("Fauteuil A\nFauteuil B");
        viewModel.practitionersProperty().set("Dr Test ; Chirurgien-dentiste");
        viewModel.adminUserProperty().set("reception");
        viewModel.passwordProperty().set("Reception-2026!");
        viewModel.passwordAgainProperty().set("Reception-2026!");
        viewModel.demoProperty().set(false);
        for (int i = 0; i < 5; i++) {
            viewModel.next();
        }
        assertEquals(WizardStep.SUMMARY, viewModel.getStep());
        assertTrue(viewModel.summary().get(messages.get("wizard.summary.chairs")).contains("Fauteuil B"));

        viewModel.finish();

        assertEquals("", viewModel.errorProperty().get());
        assertTrue(created.get());
        assertTrue(backend.storeExists());
        assertEquals("Cabinet des Tests", backend.clinicName().orElseThrow());
        try (var session = backend.loginGateway().open("reception", "Reception-2026!".toCharArray())) {
            assertEquals(2, session.clinic().chairs().size());
            assertEquals("Dr Test", session.clinic().practitioners().getFirst().displayName());
        }
    }

    @Test
    void aRefusalFromTheServiceIsShownAndNothingIsCreated() {
        StoreDeskBackend backend = backend();
        WizardViewModel first = viewModel(backend);
        first.passwordProperty().set("Reception-2026!");
        first.passwordAgainProperty().set("Reception-2026!");
        first.finish();
        assertTrue(created.getAndSet(false));

        WizardViewModel second = viewModel(backend);
        second.passwordProperty().set("Reception-2026!");
        second.passwordAgainProperty().set("Reception-2026!");
        second.finish();

        assertFalse(created.get());
        assertTrue(second.errorProperty().get().contains("existe déjà"), second.errorProperty().get());
        assertFalse(second.busyProperty().get());
    }
}
