package nova.ui.agenda;

import java.util.Objects;
import nova.agenda.domain.Blockout;

/**
 * A blockout as the grid draws it: a hatched band over its column (every column for the whole clinic) with its
 * text (the reason, prefixed by the chair or practitioner where the column does not say it), a longer
 * description for its tooltip, and whether it was cut (drawn faded until it is pasted elsewhere).
 */
public record BlockoutBand(Blockout blockout, String text, String detail, boolean cut) {

    public BlockoutBand {
        Objects.requireNonNull(blockout);
        text = text == null ? "" : text;
        detail = detail == null ? text : detail;
    }
}
