package nova.ui.agenda;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import nova.agenda.domain.Blockout;

/**
 * One blockout in one column: a hatched grey band (style class {@code agenda-blockout}) with its text at the top.
 * In the week, a chair's or practitioner's blockout only blocks part of the day's column: it is drawn lighter
 * ({@code partial}) and its text names the resource.
 */
final class BlockoutNode extends StackPane {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final Blockout blockout;

    BlockoutNode(BlockoutBand band, boolean wholeColumn) {
        this.blockout = band.blockout();
        setId("blockout-" + blockout.id());
        getStyleClass().add("agenda-blockout");
        if (!wholeColumn) {
            getStyleClass().add("partial");
        }
        if (band.cut()) {
            getStyleClass().add("cut");
        }
        Label text = new Label(band.text());
        text.getStyleClass().add("agenda-blockout-text");
        text.setMouseTransparent(true);
        StackPane.setAlignment(text, Pos.TOP_LEFT);
        getChildren().add(text);
        setMinSize(0, 0);
        // No tooltip: a popup over the grid hides the slots around, and the band already says why.
    }

    Blockout blockout() {
        return blockout;
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }
}
