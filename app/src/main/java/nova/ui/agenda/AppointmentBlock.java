package nova.ui.agenda;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;

/**
 * One appointment on the grid: a bar in the care type's colour, a light tint of it as background, the patient's
 * name, the time range and care type, and a status badge. Text nodes rather than Labels keep a week of 300 blocks
 * cheap to style and lay out; the block clips what does not fit.
 */
final class AppointmentBlock extends Region {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm", Locale.FRENCH);
    private static final double BAR = 5;
    private static final double PAD = 6;
    private static final double LINE = 15;

    private final AppointmentView item;
    private final Region bar = new Region();
    private final Text title = new Text();
    private final Text detail = new Text();
    private final Text badgeText = new Text();
    private final Region badge = new Region();
    private final Rectangle clip = new Rectangle();
    private final String fullTitle;
    private final String compactTitle;

    AppointmentBlock(AppointmentView item, String statusLabel) {
        this.item = item;
        getStyleClass().addAll("agenda-block", "status-" + item.status().name().toLowerCase(Locale.ROOT));
        if (item.status() == AppointmentStatus.CANCELLED || item.status() == AppointmentStatus.NO_SHOW) {
            getStyleClass().add("inactive");
        }
        String color = safeColor(item.colorHex());
        // The care type's colour is data chosen by the clinic, hence the only inline styles of the application.
        setStyle("-fx-background-color: " + tint(color) + ";");
        bar.setStyle("-fx-background-color: " + color + ";");
        bar.getStyleClass().add("agenda-block-bar");
        String range = HOURS.format(item.start()) + "–" + HOURS.format(item.end());
        fullTitle = item.patientName();
        compactTitle = HOURS.format(item.start()) + "  " + item.patientName();
        title.setText(fullTitle);
        title.getStyleClass().add("agenda-block-title");
        detail.setText(range + " · " + item.careTypeLabel());
        detail.getStyleClass().add("agenda-block-detail");
        badgeText.setText(statusLabel);
        badgeText.getStyleClass().add("agenda-badge-text");
        badge.getStyleClass().add("agenda-badge");
        for (Text text : new Text[] {title, detail, badgeText}) {
            text.setTextOrigin(VPos.TOP);
            text.setManaged(false);
        }
        getChildren().addAll(bar, title, detail, badge, badgeText);
        setClip(clip);
    }

    AppointmentView item() {
        return item;
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        clip.setWidth(w);
        clip.setHeight(h);
        bar.resizeRelocate(0, 0, BAR, h);
        boolean twoLines = h >= 2 * LINE + 4;
        title.setText(twoLines ? fullTitle : compactTitle);
        title.relocate(BAR + PAD, h < LINE + 6 ? Math.max(0, (h - LINE) / 2) : 3);
        detail.setVisible(twoLines);
        detail.relocate(BAR + PAD, 3 + LINE);
        double badgeWidth = badgeText.getLayoutBounds().getWidth() + 12;
        boolean showBadge = w >= 150 && (twoLines ? w - BAR - PAD - badgeWidth > 60 : w > 230);
        badge.setVisible(showBadge);
        badgeText.setVisible(showBadge);
        if (showBadge) {
            double bx = w - badgeWidth - 4;
            double by = twoLines && h >= 3 * LINE + 6 ? h - LINE - 6 : 3;
            badge.resizeRelocate(bx, by, badgeWidth, LINE + 1);
            badgeText.relocate(bx + 6, by + 1);
        }
    }

    private static String safeColor(String hex) {
        try {
            Color.web(hex);
            return hex;
        } catch (RuntimeException e) {
            return "#8a94a6";
        }
    }

    static String tint(String hex) {
        Color c = Color.web(hex).interpolate(Color.WHITE, 0.80);
        return String.format(Locale.ROOT, "#%02x%02x%02x",
                Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
