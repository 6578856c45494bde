package nova.ui.preview;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** Types a plausible visit into the consultation form, for screenshots (dental unless nova.preview.preset=cscom). */
final class ConsultationPreviewFill {

    private ConsultationPreviewFill() {
    }

    static void fill(Scene scene) {
        boolean cscom = System.getProperty("nova.preview.preset", "").startsWith("cscom");
        if (cscom) {
            text(scene, "#consultation-reason", "Fièvre et céphalées depuis 2 jours");
            text(scene, "#consultation-temperature", "38,9");
            text(scene, "#consultation-pulse", "104");
            text(scene, "#consultation-pressure", "16/10");
            text(scene, "#consultation-weight", "62");
            area(scene, "TDR paludisme positif, pas de signe de gravité. Tension élevée, déjà à 15/9 en août.");
            line(scene, "#consultation-add-diagnosis", ".diagnosis-code", "B54", ".diagnosis-label",
                    "Paludisme simple");
            line(scene, "#consultation-add-diagnosis", ".diagnosis-code", "I10", ".diagnosis-label",
                    "Hypertension artérielle à confirmer");
            line(scene, "#consultation-add-procedure", ".procedure-act", "Test de diagnostic rapide du paludisme",
                    ".procedure-site", "doigt");
            line(scene, "#consultation-add-prescription", ".prescription-medication",
                    "Artéméther-luméfantrine 20/120 mg", ".prescription-dosage", "4 comprimés matin et soir",
                    ".prescription-days", "3");
            line(scene, "#consultation-add-prescription", ".prescription-medication", "Paracétamol 500 mg",
                    ".prescription-dosage", "2 comprimés si fièvre, 3 fois par jour au plus",
                    ".prescription-days", "3");
            ((CheckBox) scene.lookup("#consultation-referred")).setSelected(true);
            // A desk linked to the hub offers the other NOVA sites: the first one; else a structure typed in.
            @SuppressWarnings("unchecked")
            var sites = (javafx.scene.control.ComboBox<Object>) scene.lookup("#consultation-referral-site");
            sites.getItems().stream().filter(java.util.Objects::nonNull).findFirst().ifPresentOrElse(sites::setValue,
                    () -> text(scene, "#consultation-referral-destination",
                            "CSRéf de Kati, consultation de médecine"));
            text(scene, "#consultation-referral-reason", "Bilan d'une hypertension artérielle (16/10)");
        } else {
            text(scene, "#consultation-reason", "Douleur molaire inférieure droite depuis 3 jours");
            area(scene, "Carie profonde sur 46, test au froid douloureux persistant, percussion positive.");
            line(scene, "#consultation-add-diagnosis", ".diagnosis-code", "K04.0", ".diagnosis-label",
                    "Pulpite irréversible");
            line(scene, "#consultation-add-procedure", ".procedure-act", "Pulpotomie et pansement provisoire",
                    ".procedure-site", "46");
            line(scene, "#consultation-add-prescription", ".prescription-medication", "Amoxicilline 1 g",
                    ".prescription-dosage", "1 comprimé matin et soir", ".prescription-days", "6");
            line(scene, "#consultation-add-prescription", ".prescription-medication", "Paracétamol 1 g",
                    ".prescription-dosage", "1 comprimé si douleur, 3 par jour au plus", ".prescription-days",
                    "3");
        }
    }

    private static void text(Scene scene, String selector, String value) {
        ((TextField) scene.lookup(selector)).setText(value);
    }

    private static void area(Scene scene, String value) {
        ((TextArea) scene.lookup("#consultation-exam")).setText(value);
    }

    /** Adds a line and types into the last fields of the given classes (selector, value pairs). */
    private static void line(Scene scene, String add, String... pairs) {
        ((Button) scene.lookup(add)).fire();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        for (int i = 0; i < pairs.length; i += 2) {
            var all = scene.getRoot().lookupAll(pairs[i]).stream().toList();
            ((TextField) all.getLast()).setText(pairs[i + 1]);
        }
    }
}
