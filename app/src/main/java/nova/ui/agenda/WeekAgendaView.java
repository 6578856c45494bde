package nova.ui.agenda;

import javafx.scene.control.Skin;

/** Several days side by side (the clinic's working week), one column per day; the key of a column is its date. */
public class WeekAgendaView extends AgendaGridView {

    public WeekAgendaView() {
        getStyleClass().add("week-agenda");
        columnKeyProperty().set(item -> item.start().toLocalDate());
    }

    /** A day column shows every blockout of its day; the band's text names the chair or practitioner. */
    @Override
    protected boolean showsBlockoutIn(nova.agenda.domain.Blockout blockout, AgendaColumn column) {
        return true;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new WeekAgendaViewSkin(this);
    }
}
