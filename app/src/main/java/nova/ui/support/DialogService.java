package nova.ui.support;

/**
 * Every message box the workstation shows goes through here, so tests can answer dialogs and view models never
 * open windows. Texts are French, already resolved.
 */
public interface DialogService {

    void showInformation(String title, String message);

    void showError(String title, String message);

    /** Shows an unexpected failure; the technical detail stays in the log. */
    void showError(String title, String message, Throwable cause);

    boolean confirm(String title, String message);

    /** A reference card, e.g. the keyboard shortcuts: keys on the left, what they do on the right. */
    void showReference(String title, String header, java.util.Map<String, String> rows, String footnote);

    /**
     * A save dialog for one file type; empty when the user cancels.
     *
     * @param extension without the dot, e.g. "pdf"
     */
    java.util.Optional<java.nio.file.Path> chooseSaveFile(String title, java.nio.file.Path initialDirectory,
                                                          String fileName, String typeLabel, String extension);
}
