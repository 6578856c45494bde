package nova.ui.agenda;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.Cursor;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.Blockout;
import nova.agenda.domain.ClockRange;
import nova.agenda.domain.WorkingSchedule;
import nova.ui.support.Messages;

/**
 * Draws an {@link AgendaGridView}: a header row of column titles, then in a vertical scroll pane an hour gutter,
 * 15-minute lines, shaded break and closed hours, the appointment blocks and a red line at the current time.
 *
 * <p>All nodes are rebuilt together, at most once per layout pass, when anything they depend on changed; in between
 * a layout only moves them. That is the batch-update promise of the control.
 */
public class AgendaGridSkin<C extends AgendaGridView> extends SkinBase<C> {

    static final double GUTTER = 60;
    private static final int STEP = 15;

    private final Messages messages = new Messages();
    private final HeaderRow header = new HeaderRow();
    private final GridBody body = new GridBody();
    private final ScrollPane scroll = new ScrollPane(body);
    private final javafx.util.Subscription clockTick;
    private final Map<Object, AppointmentBlock> blocksById = new HashMap<>();
    private boolean dirty = true;
    private final javafx.event.EventHandler<javafx.scene.input.KeyEvent> enterOpens = event -> {
        AgendaGridView control = getSkinnable();
        if (event.getCode() == KeyCode.ENTER && control != null && control.getSelectedItem() != null) {
            control.fireOpenAppointment(control.getSelectedItem());
            event.consume();
        }
    };

    protected AgendaGridSkin(C control) {
        super(control);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("agenda-scroll");
        scroll.setFocusTraversable(false);
        getChildren().addAll(header, scroll);

        registerInvalidationListener(control.columnsProperty(), o -> markDirty());
        registerInvalidationListener(control.itemsProperty(), o -> markDirty());
        registerInvalidationListener(control.columnKeyProperty(), o -> markDirty());
        registerInvalidationListener(control.hoursProperty(), o -> markDirty());
        registerInvalidationListener(control.pixelsPerMinuteProperty(), o -> markDirty());
        registerInvalidationListener(control.zoneProperty(), o -> body.requestLayout());
        registerInvalidationListener(control.clockProperty(), o -> body.requestLayout());
        registerInvalidationListener(control.blockoutsProperty(), o -> markDirty());
        registerInvalidationListener(control.scheduleProperty(), o -> markDirty());
        registerChangeListener(control.selectedItemProperty(), o -> showSelection());
        registerChangeListener(control.selectedBlockoutProperty(), o -> showSelection());
        registerChangeListener(control.selectedSlotProperty(), o -> body.requestLayout());
        scroll.viewportBoundsProperty().addListener((Observable o) -> header.requestLayout());

        body.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onBodyClicked);
        body.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onBodyPressed);
        body.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onBodyDragged);
        body.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onBodyReleased);
        body.addEventHandler(MouseEvent.MOUSE_MOVED, this::onBodyMoved);
        body.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::onContextMenu);
        ghost.getStyleClass().add("agenda-ghost");
        ghost.setMouseTransparent(true);
        ghost.setManaged(false);
        ghostText.getStyleClass().add("agenda-ghost-text");
        ghost.getChildren().add(ghostText);
        control.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, enterOpens);

        // The "now" line moves by itself; a relayout only repositions nodes.
        clockTick = nova.ui.support.ShowingTicker.tick(control, Duration.seconds(30), body::requestLayout);
    }

    @Override
    public void dispose() {
        clockTick.unsubscribe();
        if (getSkinnable() != null) {
            getSkinnable().removeEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, enterOpens);
        }
        super.dispose();
    }

    private void markDirty() {
        dirty = true;
        header.requestLayout();
        body.requestLayout();
        getSkinnable().requestLayout();
    }

    /** Scrolls so that the given time of day is near the top. */
    public void scrollTo(LocalTime time) {
        AgendaHours hours = getSkinnable().getHours();
        double total = hours.gridEndMinute() - hours.gridStartMinute();
        double minute = time.toSecondOfDay() / 60.0 - hours.gridStartMinute() - 30;
        scroll.setVvalue(Math.max(0, Math.min(1, minute / total)));
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double headerHeight = header.prefHeight(w);
        header.resizeRelocate(x, y, w, headerHeight);
        scroll.resizeRelocate(x, y + headerHeight, w, Math.max(0, h - headerHeight));
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + right + GUTTER + 160 * Math.max(1, getSkinnable().getColumns().size());
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + header.prefHeight(width) + Math.min(640, body.prefHeight(width));
    }

    private void rebuildIfDirty() {
        if (dirty) {
            dirty = false;
            body.rebuild();
            header.rebuild();
        }
    }

    private void showSelection() {
        AppointmentView selected = getSkinnable().getSelectedItem();
        for (AppointmentBlock block : blocksById.values()) {
            block.setSelected(selected != null && Objects.equals(block.item().id(), selected.id()));
        }
        Blockout selectedBlockout = getSkinnable().getSelectedBlockout();
        for (BlockoutNode band : body.bands.keySet()) {
            band.setSelected(selectedBlockout != null && band.blockout().id().equals(selectedBlockout.id()));
        }
    }

    // ---- drag and drop: a ghost shows where the block would go; the block itself stays until the store says yes

    /** How close to a block's bottom edge (pixels) a press resizes instead of moving. */
    private static final double RESIZE_EDGE = 6;
    private final javafx.scene.layout.StackPane ghost = new javafx.scene.layout.StackPane();
    private final Label ghostText = new Label();
    private AppointmentBlock pressed;
    private boolean resizing;
    private boolean dragging;
    private double pressX;
    private double pressY;
    private double grabOffsetMinutes;
    private MoveRequest target;

    private boolean draggable() {
        return getSkinnable().onMoveAppointmentProperty().get() != null;
    }

    private boolean nearBottomEdge(AppointmentBlock block, double bodyY) {
        double bottom = block.getBoundsInParent().getMaxY();
        return block.getHeight() >= 18 && bottom - bodyY <= RESIZE_EDGE && bodyY <= bottom;
    }

    private void onBodyMoved(MouseEvent event) {
        AppointmentBlock block = blockAt(event.getPickResult().getIntersectedNode());
        body.setCursor(block != null && draggable() && block.item().status().occupiesTime()
                && nearBottomEdge(block, event.getY()) ? Cursor.S_RESIZE : null);
    }

    private void onBodyPressed(MouseEvent event) {
        pressed = null;
        dragging = false;
        if (event.getButton() != MouseButton.PRIMARY || !draggable()) {
            return;
        }
        AppointmentBlock block = blockAt(event.getPickResult().getIntersectedNode());
        if (block == null || !block.item().status().occupiesTime()) {
            return;
        }
        pressed = block;
        pressX = event.getX();
        pressY = event.getY();
        resizing = nearBottomEdge(block, event.getY());
        double startMinute = body.minuteOfDay(block.item().start());
        grabOffsetMinutes = body.minuteAtY(event.getY()) - startMinute;
    }

    private void onBodyDragged(MouseEvent event) {
        if (pressed == null) {
            return;
        }
        if (!dragging) {
            if (Math.abs(event.getX() - pressX) < 4 && Math.abs(event.getY() - pressY) < 4) {
                return;
            }
            dragging = true;
            getSkinnable().select(pressed.item());
            pressed.getStyleClass().add("dragged");
            body.showGhost();
        }
        target = body.dropTarget(pressed, event.getX(), event.getY(), resizing, grabOffsetMinutes);
        if (target != null) {
            body.placeGhost(target);
        }
        event.consume();
    }

    private void onBodyReleased(MouseEvent event) {
        if (pressed == null) {
            return;
        }
        AppointmentBlock block = pressed;
        pressed = null;
        if (!dragging) {
            return;
        }
        dragging = false;
        block.getStyleClass().remove("dragged");
        body.hideGhost();
        MoveRequest request = body.dropTarget(block, event.getX(), event.getY(), resizing, grabOffsetMinutes);
        event.consume();
        if (request != null && !body.isWhereItIs(block, request)) {
            getSkinnable().fireMoveAppointment(request);
        }
    }

    private void onContextMenu(ContextMenuEvent event) {
        var factory = getSkinnable().blockMenuFactoryProperty().get();
        AppointmentBlock block = blockAt(event.getPickResult().getIntersectedNode());
        if (block == null) {
            onEmptyContextMenu(event);
            return;
        }
        if (factory == null) {
            return;
        }
        getSkinnable().select(block.item());
        javafx.scene.control.ContextMenu menu = factory.apply(block.item());
        if (menu != null) {
            menu.show(block, event.getScreenX(), event.getScreenY());
        }
        event.consume();
    }

    /** Right click outside appointments: a blockout's menu, or the empty slot's. */
    private void onEmptyContextMenu(ContextMenuEvent event) {
        C control = getSkinnable();
        SlotRequest slot = body.slotAt(event.getX(), event.getY());
        BlockoutNode band = bandAt(event.getPickResult().getIntersectedNode());
        javafx.scene.control.ContextMenu menu = null;
        if (band != null && control.blockoutMenuFactoryProperty().get() != null) {
            control.select(null);
            control.selectBlockout(band.blockout());
            control.selectSlot(slot);
            menu = control.blockoutMenuFactoryProperty().get().apply(band.blockout(), slot);
        } else if (band == null && slot != null && control.slotMenuFactoryProperty().get() != null) {
            control.select(null);
            control.selectBlockout(null);
            control.selectSlot(slot);
            menu = control.slotMenuFactoryProperty().get().apply(slot);
        }
        if (menu != null) {
            control.requestFocus();
            menu.show(body, event.getScreenX(), event.getScreenY());
            event.consume();
        }
    }

    private void onBodyClicked(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (!event.isStillSincePress()) {
            // The end of a drag, not a click.
            event.consume();
            return;
        }
        C control = getSkinnable();
        control.requestFocus();
        AppointmentBlock block = blockAt(event.getPickResult().getIntersectedNode());
        if (block != null) {
            control.select(block.item());
            if (event.getClickCount() == 2) {
                control.fireOpenAppointment(block.item());
            }
            event.consume();
            return;
        }
        control.select(null);
        SlotRequest request = body.slotAt(event.getX(), event.getY());
        BlockoutNode band = bandAt(event.getPickResult().getIntersectedNode());
        control.selectBlockout(band == null ? null : band.blockout());
        control.selectSlot(request);
        if (event.getClickCount() == 2 && request != null && band == null) {
            control.fireNewAppointment(request);
        }
        event.consume();
    }

    private AppointmentBlock blockAt(Node node) {
        for (Node n = node; n != null && n != body; n = n.getParent()) {
            if (n instanceof AppointmentBlock block) {
                return block;
            }
        }
        return null;
    }

    private BlockoutNode bandAt(Node node) {
        for (Node n = node; n != null && n != body; n = n.getParent()) {
            if (n instanceof BlockoutNode band) {
                return band;
            }
        }
        return null;
    }

    private double columnWidth(double width) {
        int n = Math.max(1, getSkinnable().getColumns().size());
        return Math.max(0, (width - GUTTER) / n);
    }

    /** Column titles, aligned with the body's columns (whose width is the scroll pane's viewport). */
    private final class HeaderRow extends Region {

        private final List<Label> titles = new ArrayList<>();
        private final List<Label> counts = new ArrayList<>();

        HeaderRow() {
            getStyleClass().add("agenda-header");
        }

        void rebuild() {
            getChildren().clear();
            titles.clear();
            counts.clear();
            List<AgendaColumn> columns = getSkinnable().getColumns();
            Map<Object, Integer> perColumn = body.countsPerColumn();
            LocalDate today = today();
            for (AgendaColumn column : columns) {
                Label title = new Label(column.title());
                title.getStyleClass().add("agenda-column-title");
                if (column.date().equals(today) && getSkinnable() instanceof WeekAgendaView) {
                    title.getStyleClass().add("today");
                }
                int count = perColumn.getOrDefault(column.key(), 0);
                Label countLabel = new Label(count == 0 ? messages.get("agenda.column.empty")
                        : messages.format("agenda.column.count", count));
                countLabel.getStyleClass().add("agenda-column-count");
                titles.add(title);
                counts.add(countLabel);
                getChildren().addAll(title, countLabel);
            }
        }

        @Override
        protected double computePrefHeight(double width) {
            return snappedTopInset() + snappedBottomInset() + 40;
        }

        @Override
        protected void layoutChildren() {
            rebuildIfDirty();
            double viewport = scroll.getViewportBounds().getWidth();
            double width = viewport > 0 ? viewport : getWidth();
            double colWidth = columnWidth(width);
            double top = snappedTopInset();
            for (int i = 0; i < titles.size(); i++) {
                double x = GUTTER + i * colWidth;
                Label title = titles.get(i);
                Label count = counts.get(i);
                title.setAlignment(Pos.CENTER);
                count.setAlignment(Pos.CENTER);
                title.resizeRelocate(snapPositionX(x + 4), top + 3, snapSizeX(colWidth - 8), 19);
                count.resizeRelocate(snapPositionX(x + 4), top + 21, snapSizeX(colWidth - 8), 15);
            }
        }
    }

    /** Where one block goes: column, lane among overlapping blocks, minutes from the grid start. */
    private record Placement(int column, int lane, int lanes, double fromMinute, double toMinute) {
    }

    private record Shade(Region node, int column, double fromMinute, double toMinute) {
    }

    private record GridLine(Region node, int minute) {
    }

    /** Where one blockout band goes: its column and the part of the grid's day it covers. */
    private record BandPlacement(int column, double fromMinute, double toMinute) {
    }

    private record HourLabel(Label node, int minute) {
    }

    private final class GridBody extends Region {

        private final List<GridLine> lines = new ArrayList<>();
        private final List<HourLabel> hourLabels = new ArrayList<>();
        private final List<Shade> shades = new ArrayList<>();
        private final List<Region> separators = new ArrayList<>();
        private final Map<AppointmentBlock, Placement> placements = new IdentityHashMap<>();
        private final Map<BlockoutNode, BandPlacement> bands = new IdentityHashMap<>();
        private final Region slotCursor = new Region();
        private final Map<Object, Integer> counts = new HashMap<>();
        private final Region nowLine = new Region();
        private final Region nowDot = new Region();

        GridBody() {
            getStyleClass().add("agenda-body");
            nowLine.getStyleClass().add("agenda-now-line");
            nowDot.getStyleClass().add("agenda-now-dot");
            nowLine.setMouseTransparent(true);
            nowDot.setMouseTransparent(true);
            slotCursor.getStyleClass().add("agenda-slot-cursor");
            slotCursor.setMouseTransparent(true);
            slotCursor.setManaged(false);
        }

        Map<Object, Integer> countsPerColumn() {
            return counts;
        }

        private double ppm() {
            return getSkinnable().getPixelsPerMinute();
        }

        @Override
        protected double computePrefHeight(double width) {
            AgendaHours hours = getSkinnable().getHours();
            return (hours.gridEndMinute() - hours.gridStartMinute()) * ppm() + 1;
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected double computePrefWidth(double height) {
            return GUTTER + 160 * Math.max(1, getSkinnable().getColumns().size());
        }

        /** What the background grid depends on: unchanged between two weeks or days, so it is kept. */
        private Object gridSignature;
        private final List<Node> gridNodes = new ArrayList<>();

        void rebuild() {
            C control = getSkinnable();
            AgendaHours hours = control.getHours();
            List<AgendaColumn> columns = control.getColumns();
            placements.clear();
            bands.clear();
            blocksById.clear();
            counts.clear();
            List<Object> open = columns.stream().map(c -> List.of(hours.isWorkingDay(c.date().getDayOfWeek()),
                    java.util.Optional.ofNullable(c.ownHours()), c.isClosed())).map(o -> (Object) o).toList();
            // The schedule has no value equality: the same instance means the same hours (the service caches it).
            List<Object> shaded = columns.stream().map(c -> (Object) List.of(c.key(), c.date())).toList();
            Object signature = java.util.Arrays.asList(hours, open, ppm(), shaded,
                    new IdentityKey(control.getSchedule()));
            if (!signature.equals(gridSignature)) {
                gridSignature = signature;
                gridNodes.clear();
                buildGrid(gridNodes, hours, columns);
            }
            List<Node> nodes = new ArrayList<>(gridNodes.size() + control.getItems().size() + 2);
            nodes.addAll(gridNodes);
            placeBands(nodes, columns, hours.gridStartMinute(), hours.gridEndMinute());
            placeBlocks(nodes, columns, hours.gridStartMinute(), hours.gridEndMinute());
            nodes.add(slotCursor);
            nodes.add(nowLine);
            nodes.add(nowDot);
            getChildren().setAll(nodes);
            showSelection();
        }

        private void buildGrid(List<Node> nodes, AgendaHours hours, List<AgendaColumn> columns) {
            lines.clear();
            hourLabels.clear();
            shades.clear();
            separators.clear();

            int start = hours.gridStartMinute();
            int end = hours.gridEndMinute();
            // The schedule (own hours, breaks, closing days, holidays) when the agenda has one; without it (screen
            // tests on in-memory data) the columns' own hours and closed flag.
            WorkingSchedule schedule = getSkinnable().getSchedule();
            for (int c = 0; schedule != null && c < columns.size(); c++) {
                shadeFromSchedule(nodes, schedule, c, columns.get(c), start, end);
            }
            for (int c = 0; schedule == null && c < columns.size(); c++) {
                AgendaColumn column = columns.get(c);
                // A resource with its own hours is shaded by them; the others by the clinic's.
                AgendaHours columnHours = column.ownHours() == null ? hours : column.ownHours();
                if (column.isClosed() || !columnHours.isWorkingDay(column.date().getDayOfWeek())) {
                    addShade(nodes, "agenda-closed", c, start, end);
                    continue;
                }
                int opening = Math.max(start, columnHours.opening().toSecondOfDay() / 60);
                int closing = Math.min(end, columnHours.closing().toSecondOfDay() / 60);
                if (opening > start) {
                    addShade(nodes, "agenda-closed", c, start, opening);
                }
                if (closing < end) {
                    addShade(nodes, "agenda-closed", c, closing, end);
                }
                if (columnHours.hasBreak()) {
                    addShade(nodes, "agenda-break", c, columnHours.breakStart().toSecondOfDay() / 60,
                            columnHours.breakEnd().toSecondOfDay() / 60);
                }
            }
            for (int minute = start; minute < end; minute += STEP) {
                Region line = new Region();
                line.getStyleClass().add(minute % 60 == 0 ? "agenda-hour-line"
                        : minute % 30 == 0 ? "agenda-half-line" : "agenda-quarter-line");
                line.setMouseTransparent(true);
                lines.add(new GridLine(line, minute));
                nodes.add(line);
                if (minute % 60 == 0) {
                    Label label = new Label(String.format("%02d:00", minute / 60));
                    label.getStyleClass().add("agenda-hour-label");
                    label.setAlignment(Pos.TOP_RIGHT);
                    hourLabels.add(new HourLabel(label, minute));
                    nodes.add(label);
                }
            }
            for (int c = 0; c <= columns.size(); c++) {
                Region separator = new Region();
                separator.getStyleClass().add("agenda-column-line");
                separator.setMouseTransparent(true);
                separators.add(separator);
                nodes.add(separator);
            }
        }

        /**
         * Shades what the column's chair or practitioner cannot be booked (its own hours if it has some, else the
         * clinic's): before and after its ranges as closed, between them as a break, the whole day on a closing
         * day or holiday with its reason written in.
         */
        private void shadeFromSchedule(List<Node> nodes, WorkingSchedule schedule, int c, AgendaColumn column,
                                       int start, int end) {
            LocalDate date = column.date();
            if (schedule.isClosed(date)) {
                Region shade = addShade(nodes, "agenda-closed", c, start, end);
                String reason = schedule.holidayOn(date).map(h -> messages.format("agenda.holiday", h.name()))
                        .orElseGet(() -> schedule.closingReason(date).map(r -> r.isBlank()
                                ? messages.get("agenda.closingDay") : messages.format("agenda.closingDayReason", r))
                                .orElse(""));
                if (!reason.isEmpty() && shade instanceof javafx.scene.layout.StackPane pane) {
                    Label text = new Label(reason);
                    text.getStyleClass().add("agenda-closed-text");
                    text.setWrapText(true);
                    javafx.scene.layout.StackPane.setAlignment(text, Pos.TOP_CENTER);
                    pane.getChildren().add(text);
                }
                return;
            }
            List<ClockRange> ranges = schedule.openRanges(date, getSkinnable().resourceOf(column));
            if (ranges.isEmpty()) {
                addShade(nodes, "agenda-closed", c, start, end);
                return;
            }
            int cursor = start;
            for (int i = 0; i < ranges.size(); i++) {
                ClockRange range = ranges.get(i);
                int from = Math.max(start, cursor);
                int to = Math.min(end, range.startMinute());
                if (to > from) {
                    addShade(nodes, i == 0 ? "agenda-closed" : "agenda-break", c, from, to);
                }
                cursor = range.endMinute();
            }
            if (cursor < end) {
                addShade(nodes, "agenda-closed", c, Math.max(start, cursor), end);
            }
        }

        private Region addShade(List<Node> nodes, String styleClass, int column, double from, double to) {
            Region shade = new javafx.scene.layout.StackPane();
            shade.getStyleClass().add(styleClass);
            shades.add(new Shade(shade, column, from, to));
            nodes.add(shade);
            return shade;
        }

        /** Blockouts under the appointments, cut to each column's day and to the drawn hours. */
        private void placeBands(List<Node> nodes, List<AgendaColumn> columns, int start, int end) {
            C control = getSkinnable();
            java.time.ZoneId zone = control.getZone();
            for (BlockoutBand band : control.getBlockouts()) {
                Blockout blockout = band.blockout();
                for (int c = 0; c < columns.size(); c++) {
                    AgendaColumn column = columns.get(c);
                    if (!control.showsBlockoutIn(blockout, column)) {
                        continue;
                    }
                    java.time.Instant dayStart = column.date().atStartOfDay(zone).toInstant();
                    double from = Math.max(start, (blockout.start().getEpochSecond() - dayStart.getEpochSecond()) / 60.0);
                    double to = Math.min(end, (blockout.end().getEpochSecond() - dayStart.getEpochSecond()) / 60.0);
                    if (to <= from) {
                        continue;
                    }
                    BlockoutNode node = new BlockoutNode(band, blockout.wholeClinic()
                            || control.resourceOf(column) != null);
                    bands.put(node, new BandPlacement(c, from, to));
                    nodes.add(node);
                }
            }
        }

        private void placeBlocks(List<Node> nodes, List<AgendaColumn> columns, int start, int end) {
            C control = getSkinnable();
            Map<Object, Integer> columnIndex = new HashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                columnIndex.put(columns.get(c).key(), c);
            }
            List<List<AppointmentView>> perColumn = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                perColumn.add(new ArrayList<>());
            }
            for (AppointmentView item : control.getItems()) {
                Object key = control.getColumnKey().apply(item);
                Integer c = key == null ? null : columnIndex.get(key);
                if (c != null) {
                    perColumn.get(c).add(item);
                    if (item.status() != AppointmentStatus.CANCELLED) {
                        counts.merge(key, 1, Integer::sum);
                    }
                }
            }
            for (int c = 0; c < perColumn.size(); c++) {
                List<AppointmentView> items = perColumn.get(c);
                items.sort(Comparator.comparing(AppointmentView::start).thenComparing(AppointmentView::end));
                assignLanes(nodes, c, items, start, end);
            }
        }

        /** Overlapping blocks of one column share its width; a cluster ends when nothing overlaps any more. */
        private void assignLanes(List<Node> nodes, int column, List<AppointmentView> items, int start, int end) {
            List<AppointmentView> cluster = new ArrayList<>();
            List<Double> laneEnds = new ArrayList<>();
            List<Integer> lanesOf = new ArrayList<>();
            double clusterEnd = -1;
            for (AppointmentView item : items) {
                double from = minuteOfDay(item.start());
                double to = item.end().toLocalDate().isAfter(item.start().toLocalDate()) ? 24 * 60
                        : minuteOfDay(item.end());
                if (from >= clusterEnd && !cluster.isEmpty()) {
                    flush(nodes, column, cluster, lanesOf, laneEnds.size(), start, end);
                    cluster.clear();
                    laneEnds.clear();
                    lanesOf.clear();
                    clusterEnd = -1;
                }
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds.get(lane) > from) {
                    lane++;
                }
                if (lane == laneEnds.size()) {
                    laneEnds.add(to);
                } else {
                    laneEnds.set(lane, to);
                }
                cluster.add(item);
                lanesOf.add(lane);
                clusterEnd = Math.max(clusterEnd, to);
            }
            if (!cluster.isEmpty()) {
                flush(nodes, column, cluster, lanesOf, laneEnds.size(), start, end);
            }
        }

        private void flush(List<Node> nodes, int column, List<AppointmentView> cluster, List<Integer> lanesOf,
                           int lanes, int start, int end) {
            for (int i = 0; i < cluster.size(); i++) {
                AppointmentView item = cluster.get(i);
                double from = Math.max(start, minuteOfDay(item.start()));
                double to = Math.min(end, item.end().toLocalDate().isAfter(item.start().toLocalDate())
                        ? 24 * 60 : minuteOfDay(item.end()));
                if (to <= start || from >= end) {
                    continue;
                }
                AppointmentBlock block = new AppointmentBlock(item, messages.get("status." + item.status().name()));
                placements.put(block, new Placement(column, lanesOf.get(i), lanes, from, Math.max(to, from + 10)));
                blocksById.put(item.id() == null ? block : item.id(), block);
                nodes.add(block);
            }
        }

        /** Minutes since midnight at a vertical position of the body. */
        double minuteAtY(double y) {
            return getSkinnable().getHours().gridStartMinute() + y / ppm();
        }

        /** Where a dragged block would land: column under the mouse, start (or end, resizing) on a quarter hour. */
        MoveRequest dropTarget(AppointmentBlock block, double x, double y, boolean resize, double grabOffset) {
            C control = getSkinnable();
            List<AgendaColumn> columns = control.getColumns();
            Placement placement = placements.get(block);
            if (columns.isEmpty() || placement == null) {
                return null;
            }
            AgendaHours hours = control.getHours();
            AppointmentView item = block.item();
            double from = minuteOfDay(item.start());
            int duration = (int) java.time.Duration.between(item.start(), item.end()).toMinutes();
            int column;
            int start;
            if (resize) {
                column = placement.column();
                int end = (int) (Math.round(minuteAtY(y) / STEP) * STEP);
                start = (int) Math.round(from);
                end = Math.min(hours.gridEndMinute(), Math.max(end, start + STEP));
                duration = end - start;
            } else {
                column = (int) Math.floor((x - GUTTER) / columnWidth(getWidth()));
                column = Math.max(0, Math.min(columns.size() - 1, column));
                start = (int) (Math.round((minuteAtY(y) - grabOffset) / STEP) * STEP);
                start = Math.max(hours.gridStartMinute(), Math.min(hours.gridEndMinute() - duration, start));
            }
            AgendaColumn chosen = columns.get(column);
            return new MoveRequest(item, chosen.key(), chosen.date(), LocalTime.of(start / 60, start % 60), duration);
        }

        void showGhost() {
            if (!getChildren().contains(ghost)) {
                getChildren().add(ghost);
            }
        }

        void hideGhost() {
            getChildren().remove(ghost);
        }

        boolean isWhereItIs(AppointmentBlock block, MoveRequest request) {
            AppointmentView item = block.item();
            ZonedDateTime local = item.start().withZoneSameInstant(getSkinnable().getZone());
            int duration = (int) java.time.Duration.between(item.start(), item.end()).toMinutes();
            return Objects.equals(getSkinnable().getColumnKey().apply(item), request.columnKey())
                    && local.toLocalDate().equals(request.date())
                    && local.toLocalTime().withSecond(0).withNano(0).equals(request.start())
                    && duration == request.durationMinutes();
        }

        void placeGhost(MoveRequest request) {
            C control = getSkinnable();
            List<AgendaColumn> columns = control.getColumns();
            int column = 0;
            for (int c = 0; c < columns.size(); c++) {
                if (Objects.equals(columns.get(c).key(), request.columnKey())) {
                    column = c;
                }
            }
            double colWidth = columnWidth(getWidth());
            int start = request.start().toSecondOfDay() / 60;
            double y = (start - control.getHours().gridStartMinute()) * ppm();
            double h = request.durationMinutes() * ppm();
            ghost.resizeRelocate(snapPositionX(GUTTER + column * colWidth + 4), snapPositionY(y + 1),
                    snapSizeX(colWidth - 8), snapSizeY(Math.max(14, h - 2)));
            LocalTime end = request.start().plusMinutes(request.durationMinutes());
            ghostText.setText(request.start() + " – " + end);
            ghost.toFront();
        }

        double minuteOfDay(ZonedDateTime time) {
            ZonedDateTime local = time.withZoneSameInstant(getSkinnable().getZone());
            return local.getHour() * 60 + local.getMinute() + local.getSecond() / 60.0;
        }

        SlotRequest slotAt(double x, double y) {
            C control = getSkinnable();
            List<AgendaColumn> columns = control.getColumns();
            if (columns.isEmpty() || x < GUTTER) {
                return null;
            }
            int c = (int) Math.floor((x - GUTTER) / columnWidth(getWidth()));
            if (c < 0 || c >= columns.size()) {
                return null;
            }
            AgendaHours hours = control.getHours();
            int minute = hours.gridStartMinute() + (int) Math.floor(y / ppm() / STEP) * STEP;
            if (minute < hours.gridStartMinute() || minute >= hours.gridEndMinute()) {
                return null;
            }
            AgendaColumn column = columns.get(c);
            return new SlotRequest(column.key(), column.date(), LocalTime.of(minute / 60, minute % 60));
        }

        @Override
        protected void layoutChildren() {
            rebuildIfDirty();
            C control = getSkinnable();
            AgendaHours hours = control.getHours();
            int start = hours.gridStartMinute();
            double ppm = ppm();
            double width = getWidth();
            double height = getHeight();
            double colWidth = columnWidth(width);
            for (GridLine line : lines) {
                double y = snapPositionY((line.minute() - start) * ppm);
                line.node().resizeRelocate(GUTTER - 6, y, width - GUTTER + 6, 1);
            }
            for (HourLabel label : hourLabels) {
                double y = (label.minute() - start) * ppm;
                label.node().resizeRelocate(0, snapPositionY(y + 2), GUTTER - 10, 16);
            }
            for (Shade shade : shades) {
                double x = GUTTER + shade.column() * colWidth;
                double y = (shade.fromMinute() - start) * ppm;
                shade.node().resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(colWidth),
                        snapSizeY((shade.toMinute() - shade.fromMinute()) * ppm));
            }
            for (int i = 0; i < separators.size(); i++) {
                separators.get(i).resizeRelocate(snapPositionX(GUTTER + i * colWidth), 0, 1, height);
            }
            for (Map.Entry<BlockoutNode, BandPlacement> entry : bands.entrySet()) {
                BandPlacement p = entry.getValue();
                double x = GUTTER + p.column() * colWidth;
                double y = (p.fromMinute() - start) * ppm;
                entry.getKey().resizeRelocate(snapPositionX(x + 1), snapPositionY(y),
                        snapSizeX(colWidth - 2), snapSizeY(Math.max(8, (p.toMinute() - p.fromMinute()) * ppm)));
            }
            layoutSlotCursor(control, start, ppm);
            for (Map.Entry<AppointmentBlock, Placement> entry : placements.entrySet()) {
                Placement p = entry.getValue();
                double laneWidth = (colWidth - 6) / p.lanes();
                double x = GUTTER + p.column() * colWidth + 3 + p.lane() * laneWidth;
                double y = (p.fromMinute() - start) * ppm;
                double h = (p.toMinute() - p.fromMinute()) * ppm;
                entry.getKey().resizeRelocate(snapPositionX(x + 1), snapPositionY(y + 1),
                        snapSizeX(laneWidth - 2), snapSizeY(Math.max(12, h - 2)));
            }
            layoutNowLine(control, hours, colWidth);
        }

        /** The empty slot clicked last, outlined: where Ctrl+V pastes. */
        private void layoutSlotCursor(C control, int start, double ppm) {
            // Only where something can be pasted or blocked: elsewhere an outlined cell would promise nothing.
            SlotRequest slot = control.getSlotMenuFactory() == null ? null : control.getSelectedSlot();
            List<AgendaColumn> columns = control.getColumns();
            int column = -1;
            for (int c = 0; slot != null && c < columns.size(); c++) {
                if (Objects.equals(columns.get(c).key(), slot.columnKey()) && columns.get(c).date().equals(slot.date())) {
                    column = c;
                }
            }
            slotCursor.setVisible(column >= 0);
            if (column >= 0) {
                double colWidth = columnWidth(getWidth());
                double y = (slot.time().toSecondOfDay() / 60.0 - start) * ppm;
                slotCursor.resizeRelocate(snapPositionX(GUTTER + column * colWidth + 2), snapPositionY(y),
                        snapSizeX(colWidth - 4), snapSizeY(STEP * ppm));
            }
        }

        private void layoutNowLine(C control, AgendaHours hours, double colWidth) {
            ZonedDateTime now = ZonedDateTime.now(control.getClock()).withZoneSameInstant(control.getZone());
            List<AgendaColumn> columns = control.getColumns();
            int first = -1;
            int last = -1;
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).date().equals(now.toLocalDate())) {
                    first = first < 0 ? c : first;
                    last = c;
                }
            }
            double minute = now.getHour() * 60 + now.getMinute();
            boolean visible = first >= 0 && minute >= hours.gridStartMinute() && minute < hours.gridEndMinute();
            nowLine.setVisible(visible);
            nowDot.setVisible(visible);
            if (visible) {
                double y = snapPositionY((minute - hours.gridStartMinute()) * ppm());
                double x = GUTTER + first * colWidth;
                nowLine.resizeRelocate(snapPositionX(x), y - 1, snapSizeX((last - first + 1) * colWidth), 2);
                nowDot.resizeRelocate(snapPositionX(x - 5), y - 5, 10, 10);
            }
        }
    }

    /** Compares by identity: for objects without value equality in a signature. */
    private record IdentityKey(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof IdentityKey key && key.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    private LocalDate today() {
        return ZonedDateTime.now(getSkinnable().getClock()).withZoneSameInstant(getSkinnable().getZone())
                .toLocalDate();
    }
}
