package io.omniroute.console.store;

import atlantafx.base.theme.Styles;
import io.omniroute.console.controls.Confirmations;
import io.omniroute.console.model.ConsoleData;
import io.omniroute.console.shell.ConsoleContext;
import io.omniroute.console.shell.ScreenView;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.SearchableComboBox;

/** The Store queue screen's controller: binds the controls to {@link StoreQueueViewModel} and forwards the user. */
public final class StoreQueueView implements ScreenView {

    /** Rows all the same height: the table never measures them. */
    private static final double ROW_HEIGHT = 30;
    /** Countdowns move by the minute; a few refreshes a minute keep them honest. */
    private static final Duration TICK = Duration.seconds(15);

    @FXML private BorderPane root;
    @FXML private ToolBar actionBar;
    @FXML private Label storeLabel;
    @FXML private SearchableComboBox<StoreChoice> storePicker;
    @FXML private Separator storeSeparator;
    @FXML private Button acceptButton;
    @FXML private Button pickListButton;
    @FXML private Button readyButton;
    @FXML private Button rejectButton;
    @FXML private Button collectedButton;
    @FXML private Button noShowButton;
    @FXML private TabPane tabs;
    @FXML private Tab newTab;
    @FXML private Tab pickingTab;
    @FXML private Tab readyTab;
    @FXML private Tab collectedTab;
    @FXML private Tab problemsTab;
    @FXML private TableView<QueueRow> queueTable;
    @FXML private TableColumn<QueueRow, Boolean> pendingColumn;
    @FXML private TableColumn<QueueRow, String> orderColumn;
    @FXML private TableColumn<QueueRow, String> customerColumn;
    @FXML private TableColumn<QueueRow, String> linesColumn;
    @FXML private TableColumn<QueueRow, String> readyByColumn;
    @FXML private TableColumn<QueueRow, QueueRow> countdownColumn;
    @FXML private TableColumn<QueueRow, String> channelColumn;
    @FXML private TableColumn<QueueRow, String> valueColumn;
    @FXML private TableColumn<QueueRow, String> problemColumn;
    @FXML private BarChart<String, Number> workloadChart;
    @FXML private Spinner<Integer> capacitySpinner;
    @FXML private Label overCapacityLabel;
    @FXML private Label summaryLabel;
    @FXML private Label selectionLabel;
    @FXML private Label messageLabel;

    private final StoreQueueViewModel viewModel;
    private final Path exportDir;
    private final Timeline ticker;
    /** Held here: a bidirectional binding keeps only weak references to an asObject() adapter. */
    private ObjectProperty<Integer> capacity;
    private boolean restoringSelection;

    public StoreQueueView(ConsoleContext context) {
        ConsoleData data = context.data();
        this.viewModel = new StoreQueueViewModel(data.store(), data::catalog, context.user(), context.preferences(),
                context.executor(), context.clock());
        this.exportDir = context.exportDir();
        this.ticker = new Timeline(new KeyFrame(TICK, event -> viewModel.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        data.addListener(viewModel);
    }

    @FXML
    private void initialize() {
        bindStorePicker();
        bindActions();
        bindTabs();
        bindTable();
        WorkloadChart.bind(workloadChart, viewModel.workloadProperty());
        capacity = viewModel.pickupsPerHourProperty().asObject();
        capacitySpinner.getValueFactory().valueProperty().bindBidirectional(capacity);
        overCapacityLabel.textProperty().bind(viewModel.workloadNoteProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        selectionLabel.textProperty().bind(viewModel.selection().hintProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        summaryLabel.getStyleClass().add(Styles.TEXT_BOLD);
        selectionLabel.getStyleClass().add(Styles.TEXT_MUTED);
        messageLabel.getStyleClass().add(Styles.TEXT_MUTED);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onShortcut);
    }

    /** A store manager's store is fixed: the picker leaves the toolbar. */
    private void bindStorePicker() {
        if (!viewModel.storePickerShown()) {
            actionBar.getItems().removeAll(storeLabel, storePicker, storeSeparator);
            return;
        }
        storePicker.setItems(viewModel.storeChoices());
        storePicker.valueProperty().bindBidirectional(viewModel.storeProperty());
    }

    private void bindActions() {
        QueueSelection selection = viewModel.selection();
        acceptButton.disableProperty().bind(selection.canAcceptProperty().not());
        pickListButton.disableProperty().bind(selection.canPickListProperty().not());
        readyButton.disableProperty().bind(selection.canMarkReadyProperty().not());
        rejectButton.disableProperty().bind(selection.canRejectProperty().not());
        collectedButton.disableProperty().bind(selection.canCollectProperty().not());
        noShowButton.disableProperty().bind(selection.canNoShowProperty().not());
        acceptButton.getStyleClass().add(Styles.ACCENT);
        rejectButton.getStyleClass().add(Styles.DANGER);
        noShowButton.getStyleClass().add(Styles.DANGER);
    }

    /** One table moves to whichever tab is selected; the ViewModel gives it that tab's rows. */
    private void bindTabs() {
        List<Tab> inOrder = List.of(newTab, pickingTab, readyTab, collectedTab, problemsTab);
        for (QueueTab tab : QueueTab.values()) {
            inOrder.get(tab.ordinal()).textProperty().bind(viewModel.tabTitleProperty(tab));
        }
        tabs.getSelectionModel().selectedIndexProperty().addListener((observable, before, index) -> {
            // the tab left must let go of the table, or coming back to it would find its content unchanged
            if (before.intValue() >= 0) {
                inOrder.get(before.intValue()).setContent(null);
            }
            inOrder.get(index.intValue()).setContent(queueTable);
            viewModel.selectedTabProperty().set(QueueTab.values()[index.intValue()]);
        });
        problemColumn.visibleProperty().bind(viewModel.selectedTabProperty().isEqualTo(QueueTab.PROBLEMS));
    }

    private void bindTable() {
        QueueColumns.pending(pendingColumn);
        QueueColumns.text(orderColumn, QueueRow::orderId);
        QueueColumns.text(customerColumn, QueueRow::customerName);
        QueueColumns.text(linesColumn, QueueRow::linesText);
        QueueColumns.text(readyByColumn, row -> QueueColumns.time(row.readyBy(), viewModel.nowProperty().get(),
                viewModel.zone()));
        QueueColumns.countdown(countdownColumn, viewModel);
        QueueColumns.text(channelColumn, QueueRow::channel);
        QueueColumns.text(valueColumn, row -> String.format(Locale.ROOT, "%.2f", row.value()));
        QueueColumns.text(problemColumn, QueueRow::problem);
        QueueColumns.markPendingRows(queueTable);
        queueTable.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        queueTable.setFixedCellSize(ROW_HEIGHT);
        queueTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        queueTable.setPlaceholder(new Label("No orders here"));
        queueTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        queueTable.setItems(viewModel.rows());
        queueTable.getSelectionModel().getSelectedItems().addListener((ListChangeListener<QueueRow>) change -> {
            if (!restoringSelection) {
                viewModel.select(List.copyOf(queueTable.getSelectionModel().getSelectedItems()));
            }
        });
        viewModel.rowsVersionProperty().addListener((observable, before, version) -> restoreSelection());
        viewModel.nowProperty().addListener((observable, before, now) -> queueTable.refresh());
    }

    /** After a live update the same orders stay selected, wherever they moved in the list. */
    private void restoreSelection() {
        restoringSelection = true;
        try {
            queueTable.getSelectionModel().clearSelection();
            List<QueueRow> rows = queueTable.getItems();
            for (int i = 0; i < rows.size(); i++) {
                if (viewModel.isSelected(rows.get(i))) {
                    queueTable.getSelectionModel().select(i);
                }
            }
        } finally {
            restoringSelection = false;
        }
    }

    /** Single keys, as on a shop floor; never while the user types into a field. */
    private void onShortcut(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl || storePicker.isFocusWithin() || event.isShortcutDown()
                || event.isAltDown()) {
            return;
        }
        Button button = switch (event.getCode()) {
            case A -> acceptButton;
            case P -> pickListButton;
            case R -> readyButton;
            case X -> rejectButton;
            case C -> collectedButton;
            case N -> noShowButton;
            default -> null;
        };
        if (button != null) {
            event.consume();
            if (!button.isDisabled()) {
                button.fire();
            }
        }
    }

    @FXML
    private void onAccept() {
        viewModel.accept();
    }

    @FXML
    private void onPickList() {
        PickListDialog.show(window(), viewModel.pickList(), exportDir);
    }

    @FXML
    private void onMarkReady() {
        ReadyDialog.ask(window(), viewModel.readyDialog()).ifPresent(viewModel::markReady);
    }

    @FXML
    private void onReject() {
        RejectDialog.ask(window(), viewModel.rejectDialog()).ifPresent(viewModel::reject);
    }

    @FXML
    private void onCollected() {
        viewModel.collect();
    }

    @FXML
    private void onNoShow() {
        if (Confirmations.ask(window(), "No-show", viewModel.selection().noShowQuestion(), "Call a no-show")) {
            viewModel.noShow();
        }
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    @Override
    public void shown() {
        viewModel.activate();
        ticker.play();
    }

    @Override
    public void hidden() {
        ticker.stop();
    }
}
