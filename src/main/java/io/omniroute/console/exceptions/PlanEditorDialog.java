package io.omniroute.console.exceptions;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The hand-built plan: a box per order line with a row per node share (node picker, units, remove), Split, and the
 * units to backorder and to cancel; under them the live cost and promise, what would be refused, and the reason.
 */
final class PlanEditorDialog {

    private PlanEditorDialog() {
    }

    static Optional<PlanEditorViewModel> ask(Window owner, PlanEditorViewModel model) {
        Dialog<ButtonType> dialog = DecisionControls.dialog(owner, model.title());
        VBox lines = new VBox();
        model.lines().forEach(line -> lines.getChildren().add(lineBox(model, line)));
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(420, 130.0 * model.lines().size()));
        Label summary = new Label();
        summary.setId("planSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add(ExceptionStyles.SUMMARY);
        summary.textProperty().bind(model.summaryProperty());
        Label problems = DecisionControls.problems("");
        problems.setId("planProblems");
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n",
                model.problemsProperty().get()), model.problemsProperty()));
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        dialog.getDialogPane().setContent(new VBox(10, scroll, summary, problems,
                DecisionControls.grid(model.decision(), model.lateProperty(), "This plan misses the promise."
                        + " Deliver late anyway? Say why in the note.")));
        dialog.getDialogPane().setPrefWidth(820);
        dialog.getDialogPane().setMinWidth(820);
        ButtonType apply = DecisionControls.action(dialog, "Apply plan", "applyEditedPlanButton",
                model.canApplyProperty());
        return dialog.showAndWait().filter(apply::equals).map(answer -> model);
    }

    private static VBox lineBox(PlanEditorViewModel model, LineEdit line) {
        Label title = new Label("Line " + line.lineNo() + " · " + line.sku() + " · " + line.open()
                + " not cancelled" + (line.fixed() ? " · a pickup stays at its store" : ""));
        title.getStyleClass().add(ExceptionStyles.SUMMARY);
        Button split = new Button("Split", new FontIcon("fth-git-branch"));
        split.setId("split-" + line.lineNo());
        split.setDisable(line.fixed() || line.choices().isEmpty());
        split.setOnAction(event -> model.split(line));
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, title, gap, split);
        header.getStyleClass().add(ExceptionStyles.LINE_TITLE);
        VBox shares = new VBox(6);
        Runnable redraw = () -> {
            shares.getChildren().clear();
            for (LineEdit.Share share : line.shares()) {
                shares.getChildren().add(shareRow(model, line, share));
            }
        };
        redraw.run();
        line.shares().addListener((ListChangeListener<LineEdit.Share>) change -> redraw.run());
        Spinner<Integer> backordered = spinner(line.open(), line.backorderedProperty().get(),
                "backorder-" + line.lineNo());
        backordered.valueProperty().addListener((o, before, now) -> line.backorderedProperty().set(now));
        Spinner<Integer> cancel = spinner(line.open(), 0, "cancel-" + line.lineNo());
        cancel.valueProperty().addListener((o, before, now) -> line.cancelProperty().set(now));
        Label left = new Label();
        left.getStyleClass().add(ExceptionStyles.EXPLANATION);
        left.textProperty().bind(Bindings.createStringBinding(() -> line.left() + " left open",
                model.summaryProperty()));
        HBox outcomes = new HBox(8, new Label("Backordered"), backordered, new Label("Cancel"), cancel, left);
        outcomes.getStyleClass().add(ExceptionStyles.SHARE_ROW);
        VBox box = new VBox(6, header, shares, outcomes);
        box.getStyleClass().add(ExceptionStyles.LINE_BOX);
        return box;
    }

    private static HBox shareRow(PlanEditorViewModel model, LineEdit line, LineEdit.Share share) {
        ComboBox<NodeChoice> node = new ComboBox<>(FXCollections.observableArrayList(line.choices()));
        node.setId("node-" + line.lineNo() + "-" + line.shares().indexOf(share));
        node.setPrefWidth(460);
        node.setDisable(line.fixed());
        node.valueProperty().bindBidirectional(share.nodeProperty());
        Spinner<Integer> qty = spinner(line.open(), share.qtyProperty().get(),
                "qty-" + line.lineNo() + "-" + line.shares().indexOf(share));
        qty.setDisable(line.fixed());
        qty.valueProperty().addListener((o, before, now) -> share.qtyProperty().set(now));
        Button remove = new Button(null, new FontIcon("fth-x"));
        remove.setDisable(line.fixed());
        remove.setOnAction(event -> model.remove(line, share));
        HBox row = new HBox(8, node, qty, remove);
        row.getStyleClass().add(ExceptionStyles.SHARE_ROW);
        return row;
    }

    private static Spinner<Integer> spinner(int max, int value, String id) {
        Spinner<Integer> spinner = new Spinner<>(0, Math.max(0, max), Math.min(value, Math.max(0, max)));
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        spinner.setId(id);
        return spinner;
    }
}
