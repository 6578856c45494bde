package nova.agenda;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The scheduling core and patient search are plain Java: no UI toolkit, no persistence. The services that run them
 * against the store ({@code AgendaService}, {@code WaitlistService}, {@code PatientService} and their helpers) are
 * the only classes of these packages allowed to use Hibernate; the toolkit stays banned for them too (see
 * {@code nova.ArchitectureTest}).
 */
class SchedulingCoreArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nova.agenda.domain", "nova.agenda.service", "nova.patient.service");

    @Test
    void noJavaFxNoHibernateNoJpa() {
        noClasses().that().resideInAnyPackage("nova.agenda.domain..", "nova.agenda.service..",
                        "nova.patient.service..")
                .and().doNotHaveSimpleName("AgendaService").and().doNotHaveSimpleName("AppointmentViews")
                .and().doNotHaveSimpleName("PatientService").and().doNotHaveSimpleName("WaitlistService")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.hibernate..", "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void domainDoesNotDependOnServices() {
        noClasses().that().resideInAPackage("nova.agenda.domain..")
                .should().dependOnClassesThat().resideInAPackage("nova.agenda.service..")
                .check(classes);
    }
}
