package nova.ui.wizard;

/** The wizard's pages, in order; each names its title key. */
public enum WizardStep {
    PROFILE("wizard.step.profile"),
    CLINIC("wizard.step.clinic"),
    RESOURCES("wizard.step.resources"),
    CARE_TYPES("wizard.step.careTypes"),
    ADMIN("wizard.step.admin"),
    SUMMARY("wizard.step.summary");

    private final String titleKey;

    WizardStep(String titleKey) {
        this.titleKey = titleKey;
    }

    public String titleKey() {
        return titleKey;
    }
}
