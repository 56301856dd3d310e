package io.omniroute.console.exceptions;

import atlantafx.base.theme.Styles;
import io.omniroute.console.controls.Confirmations;
import io.omniroute.console.model.ConsoleData;
import io.omniroute.console.shell.ConsoleContext;
import io.omniroute.console.shell.ScreenView;
import io.omniroute.console.shell.Target;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** The exception queue screen's controller: binds the controls to the ViewModels and forwards the planner. */
public final class ExceptionQueueView implements ScreenView {

    /** Ages and time left move by the minute; a few refreshes a minute keep them honest. */
    private static final Duration TICK = Duration.seconds(15);

    @FXML private BorderPane root;
    @FXML private TextField searchField;
    @FXML private ComboBox<ExceptionKind> kindPicker;
    @FXML private ComboBox<String> channelPicker;
    @FXML private ComboBox<Assignment> assignmentPicker;
    @FXML private Button takeButton;
    @FXML private Button releaseButton;
    @FXML private Button nextButton;
    @FXML private Button bulkButton;
    @FXML private TableView<QueueItem> queueTable;
    @FXML private TableColumn<QueueItem, QueueItem> markColumn;
    @FXML private TableColumn<QueueItem, String> kindColumn;
    @FXML private TableColumn<QueueItem, String> orderColumn;
    @FXML private TableColumn<QueueItem, String> lineColumn;
    @FXML private TableColumn<QueueItem, String> ageColumn;
    @FXML private TableColumn<QueueItem, QueueItem> timeLeftColumn;
    @FXML private TableColumn<QueueItem, String> valueColumn;
    @FXML private TableColumn<QueueItem, String> channelColumn;
    @FXML private TableColumn<QueueItem, String> assigneeColumn;
    @FXML private Label headerLabel;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label promiseLabel;
    @FXML private Label noteLabel;
    @FXML private TableView<DetailRows.Line> linesTable;
    @FXML private TableColumn<DetailRows.Line, String> lineNoColumn;
    @FXML private TableColumn<DetailRows.Line, String> lineSkuColumn;
    @FXML private TableColumn<DetailRows.Line, String> lineQtyColumn;
    @FXML private TableColumn<DetailRows.Line, String> lineAllocatedColumn;
    @FXML private TableColumn<DetailRows.Line, String> lineBackorderedColumn;
    @FXML private TableColumn<DetailRows.Line, String> lineCancelledColumn;
    @FXML private TableColumn<DetailRows.Line, String> lineOpenColumn;
    @FXML private Label currentCostLabel;
    @FXML private TableView<DetailRows.Shipment> currentTable;
    @FXML private TableColumn<DetailRows.Shipment, String> currentNodeColumn;
    @FXML private TableColumn<DetailRows.Shipment, String> currentServiceColumn;
    @FXML private TableColumn<DetailRows.Shipment, String> currentLinesColumn;
    @FXML private TableColumn<DetailRows.Shipment, String> currentCostColumn;
    @FXML private TableColumn<DetailRows.Shipment, String> currentDaysColumn;
    @FXML private TableColumn<DetailRows.Shipment, String> currentDistanceColumn;
    @FXML private ComboBox<String> profilePicker;
    @FXML private TableView<DetailRows.Alternative> alternativesTable;
    @FXML private TableColumn<DetailRows.Alternative, String> rankColumn;
    @FXML private TableColumn<DetailRows.Alternative, String> altNodesColumn;
    @FXML private TableColumn<DetailRows.Alternative, String> altServicesColumn;
    @FXML private TableColumn<DetailRows.Alternative, String> altShipmentsColumn;
    @FXML private TableColumn<DetailRows.Alternative, String> altCostColumn;
    @FXML private TableColumn<DetailRows.Alternative, DetailRows.Alternative> altDeltaColumn;
    @FXML private TableColumn<DetailRows.Alternative, String> altDaysColumn;
    @FXML private TableColumn<DetailRows.Alternative, String> altDistanceColumn;
    @FXML private TableColumn<DetailRows.Alternative, String> altFillColumn;
    @FXML private TableColumn<DetailRows.Alternative, String> altBasisColumn;
    @FXML private Button applyButton;
    @FXML private Button editButton;
    @FXML private Button resolveButton;
    @FXML private TableView<DetailRows.NodeVerdict> verdictsTable;
    @FXML private TableColumn<DetailRows.NodeVerdict, String> verdictNodeColumn;
    @FXML private TableColumn<DetailRows.NodeVerdict, String> verdictColumn;
    @FXML private TableColumn<DetailRows.NodeVerdict, String> verdictDeltaColumn;
    @FXML private TableColumn<DetailRows.NodeVerdict, String> verdictDistanceColumn;
    @FXML private TableColumn<DetailRows.NodeVerdict, String> verdictDetailColumn;
    @FXML private TableView<DetailRows.Event> timelineTable;
    @FXML private TableColumn<DetailRows.Event, String> eventAtColumn;
    @FXML private TableColumn<DetailRows.Event, String> eventTypeColumn;
    @FXML private TableColumn<DetailRows.Event, String> eventActorColumn;
    @FXML private TableColumn<DetailRows.Event, String> eventReasonColumn;
    @FXML private TableColumn<DetailRows.Event, String> eventDetailsColumn;
    @FXML private Label summaryLabel;
    @FXML private Label messageLabel;

    private final ExceptionQueueViewModel viewModel;
    private final OrderDetailViewModel detail;
    private final ZoneId zone;
    private final Timeline ticker;
    private final ExceptionKeys keys;
    private boolean restoringSelection;

    public ExceptionQueueView(ConsoleContext context) {
        ConsoleData data = context.data();
        this.viewModel = new ExceptionQueueViewModel(data, context.user(), context.preferences(),
                context.executor(), context.clock());
        this.detail = viewModel.detail();
        this.zone = context.clock().getZone();
        this.ticker = new Timeline(new KeyFrame(TICK, event -> {
            viewModel.tick();
            queueTable.refresh();
        }));
        ticker.setCycleCount(Animation.INDEFINITE);
        this.keys = new ExceptionKeys(this);
        data.addListener(viewModel);
    }

    @FXML
    private void initialize() {
        bindFilters();
        bindQueue();
        bindDetail();
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        summaryLabel.getStyleClass().add(Styles.TEXT_BOLD);
        messageLabel.getStyleClass().add(Styles.TEXT_MUTED);
        takeButton.getStyleClass().add(Styles.ACCENT);
        applyButton.getStyleClass().add(Styles.ACCENT);
        keys.install(root);
    }

    private void bindFilters() {
        searchField.textProperty().bindBidirectional(viewModel.textProperty());
        kindPicker.getItems().add(null);
        kindPicker.getItems().addAll(Arrays.asList(ExceptionKind.values()));
        kindPicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExceptionKind kind) {
                return kind == null ? "Every type" : kind.label();
            }

            @Override
            public ExceptionKind fromString(String text) {
                return null;
            }
        });
        kindPicker.valueProperty().bindBidirectional(viewModel.kindProperty());
        channelPicker.setItems(viewModel.channels());
        channelPicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(String channel) {
                return channel == null || channel.isEmpty() ? "Every channel" : channel;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        channelPicker.valueProperty().bindBidirectional(viewModel.channelProperty());
        assignmentPicker.setItems(FXCollections.observableArrayList(Assignment.values()));
        assignmentPicker.valueProperty().bindBidirectional(viewModel.assignmentProperty());
        textCells(kindPicker);
        textCells(channelPicker);
    }

    /** Cells that write every choice through the picker's converter, "every …" included. */
    private static <T> void textCells(ComboBox<T> picker) {
        picker.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : picker.getConverter().toString(item));
            }
        });
        picker.setButtonCell(picker.getCellFactory().call(null));
    }

    private void bindQueue() {
        Map<TableColumn<QueueItem, ?>, QueueColumn> sortable = Map.of(kindColumn, QueueColumn.TYPE, orderColumn,
                QueueColumn.ORDER, ageColumn, QueueColumn.AGE, timeLeftColumn, QueueColumn.TIME_LEFT, valueColumn,
                QueueColumn.VALUE, channelColumn, QueueColumn.CHANNEL, assigneeColumn, QueueColumn.ASSIGNEE);
        QueueTableBinding.bind(queueTable, sortable, markColumn, kindColumn, orderColumn, lineColumn, ageColumn,
                timeLeftColumn, valueColumn, channelColumn, assigneeColumn, viewModel);
        queueTable.getSelectionModel().getSelectedItems().addListener((ListChangeListener<QueueItem>) change -> {
            if (!restoringSelection && !viewModel.isReplacingRows()) {
                viewModel.select(List.copyOf(queueTable.getSelectionModel().getSelectedItems()),
                        queueTable.getSelectionModel().getSelectedItem());
            }
        });
        viewModel.rowsVersionProperty().addListener((observable, before, version) -> restoreSelection());
    }

    /** After a live update the same rows stay selected and the row at the top stays at the top. */
    private void restoreSelection() {
        restoringSelection = true;
        try {
            queueTable.getSelectionModel().clearSelection();
            List<QueueItem> rows = queueTable.getItems();
            QueueItem focus = viewModel.focusedProperty().get();
            int focusIndex = -1;
            for (int i = 0; i < rows.size(); i++) {
                if (viewModel.isSelected(rows.get(i))) {
                    queueTable.getSelectionModel().select(i);
                }
                if (focus != null && rows.get(i).key().equals(focus.key())) {
                    focusIndex = i;
                }
            }
            if (focusIndex >= 0) {
                queueTable.getFocusModel().focus(focusIndex);
            }
        } finally {
            restoringSelection = false;
        }
    }

    private void bindDetail() {
        headerLabel.textProperty().bind(detail.headerProperty());
        promiseLabel.textProperty().bind(detail.promiseProperty());
        promiseLabel.textProperty().addListener((o, before, now) -> {
            promiseLabel.getStyleClass().remove(ExceptionStyles.PAST);
            if (now.endsWith("past it")) {
                promiseLabel.getStyleClass().add(ExceptionStyles.PAST);
            }
        });
        noteLabel.textProperty().bind(detail.noteProperty());
        noteLabel.visibleProperty().bind(detail.noteProperty().isNotEmpty());
        noteLabel.managedProperty().bind(noteLabel.visibleProperty());
        loadingIndicator.visibleProperty().bind(detail.loadingProperty());
        currentCostLabel.textProperty().bind(detail.currentCostProperty());
        profilePicker.setItems(detail.profiles());
        profilePicker.setConverter(ProfileNames.CONVERTER);
        profilePicker.valueProperty().bindBidirectional(detail.profileProperty());
        DetailBinding.lines(linesTable, lineNoColumn, lineSkuColumn, lineQtyColumn, lineAllocatedColumn,
                lineBackorderedColumn, lineCancelledColumn, lineOpenColumn, detail);
        DetailBinding.current(currentTable, currentNodeColumn, currentServiceColumn, currentLinesColumn,
                currentCostColumn, currentDaysColumn, currentDistanceColumn, detail);
        DetailBinding.alternatives(alternativesTable, List.of(rankColumn, altNodesColumn, altServicesColumn,
                altShipmentsColumn, altCostColumn, altDaysColumn, altDistanceColumn, altFillColumn, altBasisColumn),
                altDeltaColumn, detail);
        DetailBinding.verdicts(verdictsTable, verdictNodeColumn, verdictColumn, verdictDeltaColumn,
                verdictDistanceColumn, verdictDetailColumn, detail);
        DetailBinding.timeline(timelineTable, eventAtColumn, eventTypeColumn, eventActorColumn, eventReasonColumn,
                eventDetailsColumn, detail, zone);
        applyButton.disableProperty().bind(alternativesTable.getSelectionModel().selectedItemProperty().isNull());
        editButton.disableProperty().bind(headerLabel.textProperty().isEqualTo("Select an exception"));
        resolveButton.disableProperty().bind(Bindings.isEmpty(detail.openExceptions()));
    }

    // --- what the planner does ----------------------------------------------------------------------------------

    /** Applies alternative {@code rank} after asking for the reason. */
    void applyAlternative(int rank) {
        detail.applyDialog(rank).flatMap(dialog -> ApplyDialog.ask(window(), dialog)).ifPresent(detail::apply);
    }

    @FXML
    private void onApply() {
        DetailRows.Alternative chosen = alternativesTable.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            applyAlternative(chosen.rank());
        }
    }

    @FXML
    void onEdit() {
        detail.editor().flatMap(editor -> PlanEditorDialog.ask(window(), editor)).ifPresent(detail::apply);
    }

    @FXML
    void onResolve() {
        if (detail.openExceptions().isEmpty()) {
            return;
        }
        QueueItem focus = viewModel.focusedProperty().get();
        ReasonCode suggested = focus == null ? ReasonCode.OTHER : ReasonCode.suggestedFor(focus.kind());
        ResolveDialog.ask(window(), List.copyOf(detail.openExceptions()), suggested)
                .ifPresent(answer -> detail.resolve(answer.exception(), answer.reason(), answer.note()));
    }

    @FXML
    void onTake() {
        if (viewModel.takeOverQuestion().map(question -> Confirmations.ask(window(), "Take over", question,
                "Take over")).orElse(true)) {
            viewModel.take();
        }
    }

    @FXML
    void onRelease() {
        viewModel.release();
    }

    @FXML
    void onTakeNext() {
        viewModel.takeNext().ifPresent(next -> {
            int index = queueTable.getItems().indexOf(next);
            if (index >= 0) {
                queueTable.getSelectionModel().clearAndSelect(index);
                queueTable.scrollTo(Math.max(0, index - 3));
            }
            queueTable.requestFocus();
        });
    }

    @FXML
    void onBulk() {
        viewModel.bulk().ifPresent(bulk -> BulkDialog.show(window(), bulk));
    }

    @FXML
    void onHelp() {
        ExceptionShortcuts.show(window());
    }

    /** The focused row is a conflict: apply it again on the backend's version, or discard it. */
    void decideConflict(boolean again) {
        QueueItem focus = viewModel.focusedProperty().get();
        if (focus == null || focus.kind() != ExceptionKind.CONFLICT) {
            return;
        }
        if (again) {
            viewModel.reapplyConflict(focus);
        } else if (Confirmations.ask(window(), "Discard", "Discard " + focus.reason().split(" ")[0] + " on "
                + focus.orderId() + "? The backend's version stands.", "Discard")) {
            viewModel.discardConflict(focus);
        }
    }

    void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    void leaveSearch() {
        searchField.clear();
        queueTable.requestFocus();
    }

    void focusAlternatives() {
        if (!alternativesTable.getItems().isEmpty()) {
            alternativesTable.requestFocus();
            if (alternativesTable.getSelectionModel().isEmpty()) {
                alternativesTable.getSelectionModel().selectFirst();
            }
        }
    }

    void selectAll() {
        queueTable.requestFocus();
        queueTable.getSelectionModel().selectAll();
    }

    TextField searchField() {
        return searchField;
    }

    TableView<DetailRows.Alternative> alternativesTable() {
        return alternativesTable;
    }

    TableView<QueueItem> queueTable() {
        return queueTable;
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    @Override
    public void shown() {
        viewModel.activate();
        ticker.play();
        queueTable.requestFocus();
    }

    @Override
    public void hidden() {
        ticker.stop();
    }

    @Override
    public List<String[]> shortcuts() {
        return ExceptionShortcuts.shortcuts();
    }

    @Override
    public void reveal(Target target) {
        if (target instanceof Target.Order order) {
            viewModel.textProperty().set(order.orderId());
        }
    }
}
