package nova.ui.agenda;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;

/**
 * One appointment on the grid: a bar in the care type's colour, a light tint of it as background, the patient's
 * name, the time range and care type, and a status badge.
 *
 * <p>Built for a week of 300 blocks: the two colours are one shared {@link Background} per care-type colour (data,
 * not style, so it is set in code rather than parsed from an inline style), texts are {@link Text} nodes rather
 * than Labels, and text that does not fit is shortened with an ellipsis instead of clipping every block, which is
 * costly to paint.
 */
final class AppointmentBlock extends Region {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm", Locale.FRENCH);
    private static final Map<String, Background> BACKGROUNDS = new ConcurrentHashMap<>();
    private static final double BAR = 5;
    private static final double PAD = 6;
    private static final double LINE = 15;

    private final AppointmentView item;
    private final Text title = new Text();
    private final Text detail = new Text();
    private final Text badge = new Text();
    private final String fullTitle;
    private final String compactTitle;
    private final String fullDetail;
    private final String shortTitle;
    private final String shortDetail;

    AppointmentBlock(AppointmentView item, String statusLabel) {
        this.item = item;
        if (item.id() != null) {
            setId("block-" + item.id());
        }
        getStyleClass().addAll("agenda-block", "status-" + item.status().name().toLowerCase(Locale.ROOT));
        boolean inactive = item.status() == AppointmentStatus.CANCELLED || item.status() == AppointmentStatus.NO_SHOW;
        if (inactive) {
            getStyleClass().add("inactive");
        }
        // A cancelled or missed appointment keeps its colour bar but loses the tint: it no longer holds the slot.
        String color = safeColor(item.colorHex());
        setBackground(BACKGROUNDS.computeIfAbsent(inactive ? color + "/inactive" : color,
                key -> background(color, inactive)));
        String range = HOURS.format(item.start()) + "–" + HOURS.format(item.end());
        fullTitle = item.patientName();
        compactTitle = HOURS.format(item.start()) + "  " + item.patientName();
        fullDetail = range + " · " + item.careTypeLabel();
        shortTitle = familyName(item.patientName());
        shortDetail = range;
        title.getStyleClass().add("agenda-block-title");
        detail.getStyleClass().add("agenda-block-detail");
        // The status is a coloured dot and word (colours in the stylesheet, per status class of the block).
        badge.setText("● " + statusLabel);
        badge.getStyleClass().add("agenda-badge");
        for (Text text : new Text[] {title, detail, badge}) {
            text.setTextOrigin(VPos.TOP);
            text.setManaged(false);
        }
        getChildren().addAll(title, detail, badge);
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
        double textWidth = Math.max(0, w - BAR - PAD - 4);
        boolean twoLines = h >= 2 * LINE + 4;
        double badgeWidth = badge.getLayoutBounds().getWidth();
        boolean badgeOnTitleLine = !(twoLines && h >= 3 * LINE + 6);
        boolean showBadge = w >= 150 && textWidth - badgeWidth > 70;
        badge.setVisible(showBadge);
        double titleWidth = showBadge && badgeOnTitleLine ? textWidth - badgeWidth - 4 : textWidth;
        // Narrow blocks (a busy week) keep what identifies the appointment: family name and hours.
        boolean narrow = w < 130;
        fit(title, narrow ? shortTitle : twoLines ? fullTitle : compactTitle, titleWidth);
        title.relocate(BAR + PAD, h < LINE + 6 ? Math.max(0, (h - LINE) / 2) : 3);
        detail.setVisible(twoLines);
        if (twoLines) {
            fit(detail, narrow ? shortDetail : fullDetail, textWidth);
            detail.relocate(BAR + PAD, 3 + LINE);
        }
        if (showBadge) {
            badge.relocate(w - badgeWidth - 6, badgeOnTitleLine ? 4 : h - LINE - 3);
        }
    }

    /** "HADJ-SAID Yasmine" -> "HADJ-SAID": the upper-case words the clinic files patients under. */
    static String familyName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        StringBuilder family = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            if (!word.equals(word.toUpperCase(Locale.ROOT)) && !family.isEmpty()) {
                break;
            }
            family.append(family.isEmpty() ? "" : " ").append(word);
        }
        return family.toString();
    }

    /** Shows {@code text}, shortened with an ellipsis when it is wider than {@code width}. */
    private static void fit(Text node, String text, double width) {
        if (!text.equals(node.getText())) {
            node.setText(text);
        }
        double actual = node.getLayoutBounds().getWidth();
        if (actual <= width || text.isEmpty()) {
            return;
        }
        // Proportional cut, then trimmed until it fits: one or two text layouts instead of one per character.
        int keep = Math.max(0, (int) (text.length() * width / actual) - 1);
        node.setText(keep == 0 ? "" : text.substring(0, keep).stripTrailing() + "…");
        while (keep > 0 && node.getLayoutBounds().getWidth() > width) {
            keep--;
            node.setText(keep == 0 ? "" : text.substring(0, keep).stripTrailing() + "…");
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

    private static Background background(String hex, boolean inactive) {
        Color color = Color.web(hex);
        Color tint = inactive ? Color.web("#f6f8fa") : color.interpolate(Color.WHITE, 0.80);
        return new Background(
                new BackgroundFill(color, new CornerRadii(4), Insets.EMPTY),
                new BackgroundFill(tint, new CornerRadii(0, 4, 4, 0, false), new Insets(0, 0, 0, BAR)));
    }
}
