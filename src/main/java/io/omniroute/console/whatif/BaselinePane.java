package io.omniroute.console.whatif;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;

/** The baseline pane's controller (included by WhatIf.fxml): where the baseline comes from, and what it is. */
public final class BaselinePane {

    @FXML private TitledPane pane;
    @FXML private Label sourceLabel;
    @FXML private ComboBox<BaselineSource> sourcePicker;
    @FXML private HBox windowRow;
    @FXML private HBox fromRow;
    @FXML private HBox toRow;
    @FXML private Label windowLabel;
    @FXML private ComboBox<OrderWindow> windowPicker;
    @FXML private Label fromLabel;
    @FXML private TextField fromField;
    @FXML private Label toLabel;
    @FXML private TextField toField;
    @FXML private Label folderLabel;
    @FXML private HBox folderRow;
    @FXML private TextField folderField;
    @FXML private Button browseButton;
    @FXML private Button loadButton;
    @FXML private Label windowCountLabel;
    @FXML private Label summaryLabel;
    @FXML private ListView<String> problemsList;

    private BaselineViewModel model;

    void bind(BaselineViewModel baseline) {
        this.model = baseline;
        sourcePicker.getItems().setAll(BaselineSource.values());
        sourcePicker.valueProperty().bindBidirectional(baseline.sourceProperty());
        windowPicker.getItems().setAll(baseline.windows());
        windowPicker.valueProperty().bindBidirectional(baseline.windowProperty());
        fromField.textProperty().bindBidirectional(baseline.fromProperty());
        toField.textProperty().bindBidirectional(baseline.toProperty());
        folderField.textProperty().bindBidirectional(baseline.folderProperty());
        sourceLabel.setLabelFor(sourcePicker);
        windowLabel.setLabelFor(windowPicker);
        folderLabel.setLabelFor(folderField);
        BooleanBinding cache = baseline.sourceProperty().isEqualTo(BaselineSource.CACHE);
        BooleanBinding custom = cache.and(baseline.windowProperty().isEqualTo(OrderWindow.CUSTOM));
        Shown.when(cache, windowRow);
        Shown.when(custom, fromRow, toRow);
        Shown.when(cache.not(), folderRow);
        fromLabel.setLabelFor(fromField);
        toLabel.setLabelFor(toField);
        windowCountLabel.textProperty().bind(Bindings.when(cache).then(baseline.windowCountProperty())
                .otherwise(""));
        summaryLabel.textProperty().bind(baseline.summaryProperty());
        problemsList.setItems(baseline.problems());
        WrappingCells.install(problemsList);
        Shown.when(Bindings.isNotEmpty(baseline.problems()), problemsList);
        loadButton.disableProperty().bind(baseline.loadingProperty());
        fromField.setOnAction(event -> baseline.count());
        toField.setOnAction(event -> baseline.count());
        folderField.setOnAction(event -> baseline.load());
    }


    @FXML
    private void onLoad() {
        model.load();
    }

    @FXML
    private void onBrowse() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose a scenario folder");
        Path typed = Path.of(folderField.getText().isBlank() ? "." : folderField.getText().strip());
        if (Files.isDirectory(typed)) {
            chooser.setInitialDirectory(typed.toAbsolutePath().toFile());
        }
        File chosen = chooser.showDialog(pane.getScene().getWindow());
        if (chosen != null) {
            folderField.setText(chosen.getAbsolutePath());
            model.load();
        }
    }

    /** The first control of the pane, for the screen's keyboard focus. */
    Node firstControl() {
        return sourcePicker;
    }
}
