package nova.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nova.app.Workstation;
import nova.app.WorkstationDesk;
import nova.security.domain.Role;
import nova.security.service.AccessDeniedException;
import nova.testing.TestStores;
import nova.ui.support.CurrentThreadTaskExecutor;
import nova.ui.support.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** « Réglages › Utilisateurs » on a real encrypted store, without the toolkit. */
class UserSettingsViewModelTest {

    @TempDir
    Path dir;

    private final Messages messages = new Messages();

    @Test
    void anAdminCreatesAnAccountThatOpensTheStoreAndBadInputIsRefusedInFrench() throws Exception {
        TestStores.create(dir, "cabinet-alger", false);
        try (WorkstationDesk desk = new WorkstationDesk(TestStores.login(dir))) {
            UserSettingsViewModel viewModel = new UserSettingsViewModel(desk.userAdmin().orElseThrow(),
                    new CurrentThreadTaskExecutor(), messages);
            viewModel.load();
            assertEquals(1, viewModel.itemsProperty().get().size(), "the admin alone");

            viewModel.usernameProperty().set("amina");
            viewModel.displayNameProperty().set("Amina Saidi");
            viewModel.roleProperty().set(Role.RECEPTION);
            viewModel.passwordProperty().set("accueil-2027!");
            viewModel.confirmationProperty().set("accueil-2026!");
            viewModel.add();
            assertEquals("Les deux mots de passe ne sont pas identiques.", viewModel.errorProperty().get());

            viewModel.passwordProperty().set("court");
            viewModel.confirmationProperty().set("court");
            viewModel.add();
            assertTrue(viewModel.errorProperty().get().contains("caractères"), viewModel.errorProperty().get());
            assertEquals(1, viewModel.itemsProperty().get().size(), "nothing created");

            viewModel.passwordProperty().set("accueil-2027!");
            viewModel.confirmationProperty().set("accueil-2027!");
            viewModel.add();
            assertEquals("", viewModel.errorProperty().get());
            assertEquals("Compte « amina » créé (Accueil).", viewModel.statusProperty().get());
            assertEquals(2, viewModel.itemsProperty().get().size());
            assertTrue(viewModel.itemsProperty().get().stream().map(viewModel::itemText)
                    .anyMatch("amina · Amina Saidi · Accueil"::equals));
            assertEquals("", viewModel.passwordProperty().get(), "the form is emptied");

            viewModel.usernameProperty().set("amina");
            viewModel.passwordProperty().set("accueil-2028!");
            viewModel.confirmationProperty().set("accueil-2028!");
            viewModel.add();
            assertEquals("Le compte « amina » existe déjà.", viewModel.errorProperty().get());
        }
        try (Workstation amina = TestStores.access().open(dir, "amina", "accueil-2027!".toCharArray())) {
            assertEquals(Role.RECEPTION, amina.user().role(), "the new account opens the same store");
            assertTrue(new WorkstationDesk(amina).userAdmin().isEmpty(), "only an admin manages accounts");
        }
    }

    @Test
    void aForgottenPasswordIsReplacedByTheAdminAndTheOldOneStopsWorking() throws Exception {
        TestStores.create(dir, "cabinet-alger", false);
        try (WorkstationDesk desk = new WorkstationDesk(TestStores.login(dir))) {
            UserSettingsViewModel viewModel = withAmina(desk);
            viewModel.resetSelected();
            assertEquals("Choisissez d’abord le compte dans la liste.", viewModel.errorProperty().get());

            select(viewModel, TestStores.ADMIN);
            viewModel.passwordProperty().set("nouveau-2027!");
            viewModel.confirmationProperty().set("nouveau-2027!");
            viewModel.resetSelected();
            assertTrue(viewModel.errorProperty().get().startsWith("Pour votre propre compte"),
                    viewModel.errorProperty().get());

            select(viewModel, "amina");
            viewModel.passwordProperty().set("nouveau-2027!");
            viewModel.confirmationProperty().set("nouveau-2027!");
            viewModel.resetSelected();
            assertEquals("", viewModel.errorProperty().get());
            assertEquals("Nouveau mot de passe enregistré pour « amina » : l’ancien ne fonctionne plus.",
                    viewModel.statusProperty().get());
        }
        try (Workstation amina = TestStores.access().open(dir, "amina", "nouveau-2027!".toCharArray())) {
            assertEquals("amina", amina.user().username());
        }
        org.junit.jupiter.api.Assertions.assertThrows(nova.security.service.AccessDeniedException.class,
                () -> TestStores.access().open(dir, "amina", "accueil-2027!".toCharArray()).close());
    }

    @Test
    void anAccountIsDeactivatedAndReactivatedButNeverTheAdminsOwn() throws Exception {
        TestStores.create(dir, "cabinet-alger", false);
        try (WorkstationDesk desk = new WorkstationDesk(TestStores.login(dir))) {
            UserSettingsViewModel viewModel = withAmina(desk);
            viewModel.toggleSelected();
            assertEquals("Choisissez d’abord le compte dans la liste.", viewModel.errorProperty().get());

            select(viewModel, TestStores.ADMIN);
            assertEquals("Désactiver", viewModel.toggleText());
            viewModel.toggleSelected();
            assertEquals("Vous ne pouvez pas désactiver votre propre compte.", viewModel.errorProperty().get());

            select(viewModel, "amina");
            viewModel.toggleSelected();
            assertEquals("", viewModel.errorProperty().get());
            assertEquals("Compte « amina » désactivé : il ne peut plus se connecter.",
                    viewModel.statusProperty().get());
            assertEquals("amina · Amina Saidi · Accueil · désactivé",
                    viewModel.itemText(viewModel.selectedProperty().get()), "still listed, still selected");
            assertEquals("Réactiver", viewModel.toggleText());
        }
        AccessDeniedException refused = org.junit.jupiter.api.Assertions.assertThrows(AccessDeniedException.class,
                () -> TestStores.access().open(dir, "amina", "accueil-2027!".toCharArray()).close());
        assertEquals("Ce compte a été désactivé. Adressez-vous à l'administrateur du cabinet.", refused.getMessage());

        try (WorkstationDesk desk = new WorkstationDesk(TestStores.login(dir))) {
            UserSettingsViewModel viewModel = new UserSettingsViewModel(desk.userAdmin().orElseThrow(),
                    new CurrentThreadTaskExecutor(), messages);
            viewModel.load();
            select(viewModel, "amina");
            viewModel.toggleSelected();
            assertEquals("Compte « amina » réactivé : il se connecte avec son mot de passe habituel.",
                    viewModel.statusProperty().get());
        }
        try (Workstation amina = TestStores.access().open(dir, "amina", "accueil-2027!".toCharArray())) {
            assertEquals("amina", amina.user().username());
        }
    }

    /** The users screen of an admin's desk where « amina » (reception) was just created. */
    private UserSettingsViewModel withAmina(WorkstationDesk desk) throws Exception {
        desk.userAdmin().orElseThrow().addUser("amina", "Amina Saidi", Role.RECEPTION, "accueil-2027!".toCharArray());
        UserSettingsViewModel viewModel = new UserSettingsViewModel(desk.userAdmin().orElseThrow(),
                new CurrentThreadTaskExecutor(), messages);
        viewModel.load();
        return viewModel;
    }

    private static void select(UserSettingsViewModel viewModel, String username) {
        viewModel.selectedProperty().set(viewModel.itemsProperty().get().stream()
                .filter(u -> u.username().equals(username)).findFirst().orElseThrow());
    }
}
