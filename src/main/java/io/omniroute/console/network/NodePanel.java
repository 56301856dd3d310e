package io.omniroute.console.network;

import atlantafx.base.controls.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The chosen node's panel beside the map, laid out in NodePanel.fxml and bound to a {@link NodePanelViewModel}. A
 * component of its own ({@code fx:root}), so Network.fxml places it like any control.
 */
public final class NodePanel extends VBox {

    static final String FXML = "/fxml/network/NodePanel.fxml";
    static final String CHIP = "chip";
    static final String TAG_CHIP = "tag-chip";
    private static final PseudoClass HIGH = PseudoClass.getPseudoClass("high");
    private static final PseudoClass FULL = PseudoClass.getPseudoClass("full");

    @FXML private Label nameLabel;
    @FXML private Label subtitleLabel;
    @FXML private Label locationLabel;
    @FXML private Message staleMessage;
    @FXML private FlowPane chipPane;
    @FXML private ProgressBar capacityBar;
    @FXML private Label capacityLabel;
    @FXML private Label positionsValue;
    @FXML private Label skusInStockValue;
    @FXML private Label onHandValue;
    @FXML private Label reservedValue;
    @FXML private Label atpValue;
    @FXML private TableView<SkuUnits> topSkuTable;
    @FXML private TableColumn<SkuUnits, String> skuColumn;
    @FXML private TableColumn<SkuUnits, String> skuNameColumn;
    @FXML private TableColumn<SkuUnits, Integer> skuUnitsColumn;
    private Runnable onClose = () -> { };

    public NodePanel() {
        URL layout = Objects.requireNonNull(NodePanel.class.getResource(FXML),
                () -> "the view " + FXML + " is missing from the application's resources");
        FXMLLoader loader = new FXMLLoader(layout);
        loader.setRoot(this);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the view " + FXML, e);
        }
    }

    @FXML
    private void initialize() {
        skuColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().sku()));
        skuNameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        skuUnitsColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().units()));
    }

    /** @param close what the panel's close button does (the screen clears its selection) */
    public void bind(NodePanelViewModel panel, Runnable close) {
        this.onClose = Objects.requireNonNull(close, "close");
        visibleProperty().bind(panel.showingProperty());
        managedProperty().bind(visibleProperty());
        ObservableValue<NodeDetails> details = panel.detailsProperty();
        nameLabel.textProperty().bind(details.map(NodeDetails::name));
        subtitleLabel.textProperty().bind(details.map(d -> d.id() + " · " + d.kind()));
        locationLabel.textProperty().bind(details.map(NodeDetails::location));
        staleMessage.descriptionProperty().bind(details.map(NodeDetails::staleWarning));
        staleMessage.visibleProperty().bind(details.map(NodeDetails::isStale));
        staleMessage.managedProperty().bind(staleMessage.visibleProperty());
        capacityLabel.textProperty().bind(details.map(NodeDetails::shipments));
        capacityBar.progressProperty().bind(details.map(NodeDetails::capacityUse));
        capacityBar.visibleProperty().bind(details.map(d -> d.capacityLevel() != CapacityLevel.UNLIMITED));
        capacityBar.managedProperty().bind(capacityBar.visibleProperty());
        positionsValue.textProperty().bind(details.map(NodeDetails::positions));
        skusInStockValue.textProperty().bind(details.map(NodeDetails::skusInStock));
        onHandValue.textProperty().bind(details.map(NodeDetails::unitsOnHand));
        reservedValue.textProperty().bind(details.map(NodeDetails::reserved));
        atpValue.textProperty().bind(details.map(NodeDetails::atp));
        details.addListener((o, was, is) -> showChipsAndLevel(is));
        showChipsAndLevel(details.getValue());
        topSkuTable.setItems(panel.topSkus());
    }

    private void showChipsAndLevel(NodeDetails details) {
        chipPane.getChildren().clear();
        details.capabilities().forEach(capability -> chipPane.getChildren().add(chip(capability, Feather.CHECK, CHIP)));
        details.tags().forEach(tag -> chipPane.getChildren().add(chip(tag, Feather.TAG, TAG_CHIP)));
        capacityBar.pseudoClassStateChanged(HIGH, details.capacityLevel() == CapacityLevel.HIGH);
        capacityBar.pseudoClassStateChanged(FULL, details.capacityLevel() == CapacityLevel.FULL);
    }

    private static Label chip(String text, Feather icon, String styleClass) {
        Label chip = new Label(text, new FontIcon(icon));
        chip.getStyleClass().add(styleClass);
        return chip;
    }

    @FXML
    private void close() {
        onClose.run();
    }
}
