package io.omniroute.console.whatif;

import io.omniroute.console.whatif.ChangeType.Field;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.SearchableComboBox;

/** The variants pane's controller (included by WhatIf.fxml): the variants, their changes and the change form. */
public final class VariantsPane {

    @FXML private TitledPane pane;
    @FXML private Button addVariantButton;
    @FXML private Button duplicateButton;
    @FXML private Button removeVariantButton;
    @FXML private ListView<VariantDraft> variantList;
    @FXML private Label nameLabel;
    @FXML private TextField nameField;
    @FXML private Label nameProblemLabel;
    @FXML private ListView<ChangeSpec> changeList;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private Button removeChangeButton;
    @FXML private VBox formGrid;
    @FXML private HBox nodeRow;
    @FXML private HBox toNodeRow;
    @FXML private HBox skuRow;
    @FXML private HBox categoryRow;
    @FXML private HBox carrierRow;
    @FXML private HBox amountRow;
    @FXML private HBox seedRow;
    @FXML private Label typeLabel;
    @FXML private ComboBox<ChangeType> typePicker;
    @FXML private Label nodeLabel;
    @FXML private SearchableComboBox<Choice> nodePicker;
    @FXML private Label toNodeLabel;
    @FXML private SearchableComboBox<Choice> toNodePicker;
    @FXML private Label skuLabel;
    @FXML private SearchableComboBox<Choice> skuPicker;
    @FXML private Label categoryLabel;
    @FXML private ComboBox<Choice> categoryPicker;
    @FXML private Label carrierLabel;
    @FXML private ComboBox<Choice> carrierPicker;
    @FXML private Label amountLabel;
    @FXML private TextField amountField;
    @FXML private Label seedLabel;
    @FXML private TextField seedField;
    @FXML private VBox rulesBox;
    @FXML private Label rulesSourceLabel;
    @FXML private TextArea rulesText;
    @FXML private Label rulesStatusLabel;
    @FXML private ListView<String> rulesProblems;
    @FXML private Button addChangeButton;
    @FXML private Label formErrorLabel;

    private VariantsViewModel model;

    void bind(VariantsViewModel variants) {
        this.model = variants;
        bindVariants(variants);
        bindChanges(variants);
        bindForm(variants.form());
        bindRules(variants.form().rules());
        addChangeButton.disableProperty().bind(variants.checkingProperty());
    }

    private void bindVariants(VariantsViewModel variants) {
        variantList.setItems(variants.variants());
        variantList.setPlaceholder(new Label("No variant yet: Add variant (Ctrl+N)"));
        variantList.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null && now != variants.selectedProperty().get()) {
                variants.selectedProperty().set(now);
            }
        });
        variants.selectedProperty().addListener((observable, before, now) -> selected(before, now));
        nameProblemLabel.textProperty().bind(variants.nameProblemProperty());
        nameLabel.setLabelFor(nameField);
        nameField.textProperty().addListener((observable, before, now) -> {
            VariantDraft draft = variants.selectedProperty().get();
            if (draft != null && !now.equals(draft.name())) {
                draft.nameProperty().set(now);
                variants.renamed();
            }
        });
        duplicateButton.disableProperty().bind(variants.selectedProperty().isNull());
        removeVariantButton.disableProperty().bind(variants.selectedProperty().isNull());
        nameField.disableProperty().bind(variants.selectedProperty().isNull());
        selected(null, variants.selectedProperty().get());
    }

    private void selected(VariantDraft before, VariantDraft now) {
        variantList.getSelectionModel().select(now);
        nameField.setText(now == null ? "" : now.name());
        changeList.setItems(now == null ? javafx.collections.FXCollections.observableArrayList() : now.changes());
    }

    private void bindChanges(VariantsViewModel variants) {
        changeList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ChangeSpec change, boolean empty) {
                super.updateItem(change, empty);
                setText(empty || change == null ? null : (getIndex() + 1) + ". " + change.describe());
            }
        });
        changeList.setPlaceholder(new Label("No change: the variant runs as the baseline"));
        changeList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                onRemoveChange();
            }
        });
        var none = changeList.getSelectionModel().selectedItemProperty().isNull();
        upButton.disableProperty().bind(none);
        downButton.disableProperty().bind(none);
        removeChangeButton.disableProperty().bind(none);
    }

    private void bindForm(ChangeFormViewModel form) {
        typePicker.getItems().setAll(ChangeType.values());
        typePicker.valueProperty().bindBidirectional(form.typeProperty());
        typeLabel.setLabelFor(typePicker);
        nodePicker.valueProperty().bindBidirectional(form.nodeProperty());
        toNodePicker.valueProperty().bindBidirectional(form.toNodeProperty());
        skuPicker.valueProperty().bindBidirectional(form.skuProperty());
        categoryPicker.valueProperty().bindBidirectional(form.categoryProperty());
        carrierPicker.valueProperty().bindBidirectional(form.carrierProperty());
        amountField.textProperty().bindBidirectional(form.amountProperty());
        amountField.promptTextProperty().bind(form.amountHintProperty());
        seedField.textProperty().bindBidirectional(form.seedProperty());
        formErrorLabel.textProperty().bind(form.errorProperty());
        nodeLabel.setLabelFor(nodePicker);
        toNodeLabel.setLabelFor(toNodePicker);
        skuLabel.setLabelFor(skuPicker);
        categoryLabel.setLabelFor(categoryPicker);
        carrierLabel.setLabelFor(carrierPicker);
        amountLabel.setLabelFor(amountField);
        seedLabel.setLabelFor(seedField);
        Shown.when(form.showsProperty(Field.NODE), nodeRow);
        Shown.when(form.showsProperty(Field.TO_NODE), toNodeRow);
        Shown.when(form.showsProperty(Field.SKU), skuRow);
        Shown.when(form.showsProperty(Field.CATEGORY), categoryRow);
        Shown.when(form.showsProperty(Field.CARRIER), carrierRow);
        Shown.when(form.showsProperty(Field.AMOUNT), amountRow);
        Shown.when(form.showsProperty(Field.SEED), seedRow);
        Shown.when(form.showsProperty(Field.RULES), rulesBox);
        amountField.setOnAction(event -> onAddChange());
        seedField.setOnAction(event -> onAddChange());
        form.choicesProperty().addListener((observable, before, choices) -> offer(choices));
        offer(form.choicesProperty().get());
    }

    private void offer(BaselineChoices choices) {
        nodePicker.getItems().setAll(withAny(choices.nodes()));
        toNodePicker.getItems().setAll(withAny(choices.nodes()));
        skuPicker.getItems().setAll(withAny(choices.skus()));
        categoryPicker.getItems().setAll(withAny(choices.categories()));
        carrierPicker.getItems().setAll(withAny(choices.carriers()));
    }

    private static List<Choice> withAny(List<Choice> choices) {
        List<Choice> all = new ArrayList<>(choices.size() + 1);
        all.add(Choice.ANY);
        all.addAll(choices);
        return all;
    }

    private void bindRules(RulesEditorViewModel rules) {
        rulesText.textProperty().bindBidirectional(rules.textProperty());
        rulesText.getStyleClass().add(WhatIfStyles.MONOSPACE);
        rulesSourceLabel.textProperty().bind(rules.sourceProperty().concat(": checked as you type against the"
                + " engine's reader and the baseline's nodes and service levels"));
        rulesStatusLabel.textProperty().bind(rules.statusProperty());
        rulesProblems.setItems(rules.problems());
        WrappingCells.install(rulesProblems);
        Label noProblems = new Label("No problems: these rules read well and fit the baseline");
        noProblems.setWrapText(true);
        rulesProblems.setPlaceholder(noProblems);
    }


    @FXML
    void onAddVariant() {
        model.addVariant();
        nameField.requestFocus();
        nameField.selectAll();
    }

    @FXML
    private void onDuplicate() {
        model.duplicate();
    }

    @FXML
    private void onRemoveVariant() {
        model.remove();
    }

    @FXML
    private void onChangeUp() {
        move(-1);
    }

    @FXML
    private void onChangeDown() {
        move(1);
    }

    private void move(int by) {
        int index = changeList.getSelectionModel().getSelectedIndex();
        model.moveChange(index, by);
        changeList.getSelectionModel().select(index + by);
    }

    @FXML
    private void onRemoveChange() {
        model.removeChange(changeList.getSelectionModel().getSelectedIndex());
    }

    @FXML
    void onAddChange() {
        model.addChange();
    }

    @FXML
    private void onLoadRules() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Load rules");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Rules (*.yaml, *.yml)", "*.yaml",
                "*.yml"));
        File chosen = chooser.showOpenDialog(pane.getScene().getWindow());
        if (chosen != null) {
            model.form().rules().load(chosen.toPath());
        }
    }

    @FXML
    private void onResetRules() {
        model.form().rules().reset();
    }

    /** Whether the keyboard focus is inside the change form (Ctrl+Enter adds the change there). */
    boolean formFocused() {
        return formGrid.isFocusWithin() || rulesBox.isFocusWithin();
    }
}
