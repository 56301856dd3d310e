package io.omniroute.console.network;

import atlantafx.base.controls.CustomTextField;
import io.omniroute.console.shell.ConsoleContext;
import io.omniroute.console.shell.ScreenView;
import io.omniroute.console.shell.Target;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.CheckComboBox;

/** The Network screen's controller (Network.fxml): binds the controls to {@link NetworkViewModel}. */
public final class NetworkView implements ScreenView {

    @FXML private BorderPane root;
    @FXML private ToggleButton dcToggle;
    @FXML private ToggleButton storeToggle;
    @FXML private ToggleButton darkStoreToggle;
    @FXML private ToggleButton dropshipToggle;
    @FXML private ToggleButton threePlToggle;
    @FXML private CheckComboBox<String> stateFilter;
    @FXML private ToggleGroup sizeGroup;
    @FXML private ToggleButton unitsSizeToggle;
    @FXML private ToggleButton capacitySizeToggle;
    @FXML private Label summaryLabel;
    @FXML private CustomTextField searchField;
    @FXML private TableView<NetworkNode> nodeTable;
    @FXML private TableColumn<NetworkNode, String> idColumn;
    @FXML private TableColumn<NetworkNode, String> nameColumn;
    @FXML private TableColumn<NetworkNode, String> kindColumn;
    @FXML private TableColumn<NetworkNode, String> stateColumn;
    @FXML private TableColumn<NetworkNode, Long> unitsColumn;
    @FXML private MapCanvas mapCanvas;
    @FXML private NodePanel nodePanel;

    private static final double KIND_GLYPH_RADIUS = 4.5;

    private final NetworkViewModel viewModel;

    public NetworkView(ConsoleContext context) {
        this.viewModel = new NetworkViewModel(NetworkSources.from(context), context.executor());
        context.data().addListener(viewModel);
    }

    @FXML
    private void initialize() {
        bindKindToggle(dcToggle, NodeKind.DC);
        bindKindToggle(storeToggle, NodeKind.STORE);
        bindKindToggle(darkStoreToggle, NodeKind.DARK_STORE);
        bindKindToggle(dropshipToggle, NodeKind.DROPSHIP_VENDOR);
        bindKindToggle(threePlToggle, NodeKind.THREE_PL);
        StateFilterBinding.bind(stateFilter, viewModel);
        bindSizeToggles();
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        searchField.textProperty().bindBidirectional(viewModel.filters().searchTextProperty());
        bindColumns();
        NodeTableBinding.bind(nodeTable, viewModel);
        mapCanvas.mapProperty().bind(viewModel.mapProperty());
        mapCanvas.markersProperty().bind(viewModel.markersProperty());
        mapCanvas.selectedNodeIdProperty().bind(viewModel.selectedNodeProperty().map(NetworkNode::id));
        mapCanvas.viewportProperty().bindBidirectional(viewModel.viewportProperty());
        mapCanvas.setOnNodeClicked(viewModel::select);
        mapCanvas.setTooltipText(viewModel::tooltipFor);
        nodePanel.bind(viewModel.panel(), viewModel::clearSelection);
        NetworkShortcuts.install(root, viewModel, searchField);
        viewModel.start();
    }

    /** The toggle wears its kind's marker, so the filter doubles as a key to the map. */
    private void bindKindToggle(ToggleButton toggle, NodeKind kind) {
        toggle.selectedProperty().bindBidirectional(viewModel.filters().kindShownProperty(kind));
        toggle.setGraphic(MarkerGlyph.of(kind, KIND_GLYPH_RADIUS));
    }

    private void bindSizeToggles() {
        unitsSizeToggle.setUserData(MarkerSize.UNITS_ON_HAND);
        capacitySizeToggle.setUserData(MarkerSize.CAPACITY_USE);
        showMarkerSize(viewModel.markerSizeProperty().get());
        viewModel.markerSizeProperty().addListener((o, was, is) -> showMarkerSize(is));
        sizeGroup.selectedToggleProperty().addListener((o, was, is) -> {
            if (is == null) {
                sizeGroup.selectToggle(was); // one of the pair is always on
            } else {
                viewModel.markerSizeProperty().set((MarkerSize) is.getUserData());
            }
        });
    }

    private void showMarkerSize(MarkerSize size) {
        sizeGroup.selectToggle(size == MarkerSize.UNITS_ON_HAND ? unitsSizeToggle : capacitySizeToggle);
    }

    private void bindColumns() {
        idColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().id()));
        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        kindColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().kind().shortLabel()));
        stateColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().state()));
        unitsColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().unitsOnHand()));
        unitsColumn.setCellFactory(column -> new UnitsCell());
    }

    /** The data may have changed unseen (a first load tells no listener when it ends): catch up. */
    @Override
    public void shown() {
        viewModel.refresh();
    }

    @Override
    public void reveal(Target target) {
        if (target instanceof Target.Node node) {
            viewModel.reveal(node.nodeId());
        }
    }

    @FXML
    private void zoomIn() {
        viewModel.zoomIn();
    }

    @FXML
    private void zoomOut() {
        viewModel.zoomOut();
    }

    @FXML
    private void resetView() {
        viewModel.resetView();
    }

    /** The screen's ViewModel, for tests in this package. */
    NetworkViewModel viewModel() {
        return viewModel;
    }
}
