package nova;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering the architecture promises: toolkit-free domain and services, persistence-free screens. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nova");
    }

    @Test
    void domainAndServicesNeverUseJavaFx() {
        noClasses().that().resideInAnyPackage("nova..domain..", "nova..service..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("domain and services run in command-line tools and tests without the GUI toolkit")
                .check(classes);
    }

    @Test
    void screensNeverUsePersistence() {
        noClasses().that().resideInAnyPackage("nova.ui..", "nova..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..")
                .because("screens talk to services, never to the database")
                .check(classes);
    }

    @Test
    void screensNeverReachIntoTheStoreLayer() {
        noClasses().that().resideInAnyPackage("nova.ui..", "nova..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("nova..store..")
                .because("entities and the encrypted store stay behind the services")
                .check(classes);
    }
}
