package io.omniroute.console.whatif;

import io.omniroute.console.shell.ConsoleContext;
import io.omniroute.console.shell.ConsolePreferences;
import io.omniroute.console.shell.ScreenView;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/** The What-if screen's controller: binds the toolbar and the three panes to {@link WhatIfViewModel}. */
public final class WhatIfView implements ScreenView {

    /** Where the last study was opened or saved, so the next dialog starts there. */
    static final String FOLDER_KEY = "whatif.folder";

    @FXML private BorderPane root;
    @FXML private ScrollPane setupScroll;
    @FXML private Button newStudyButton;
    @FXML private Button openButton;
    @FXML private Button saveButton;
    @FXML private Button saveAsButton;
    @FXML private Button runButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar runProgress;
    @FXML private Label runStatus;
    @FXML private Label studyTitle;
    @FXML private MenuButton exportButton;
    @FXML private Button helpButton;
    @FXML private Label messageLabel;
    @FXML private BaselinePane baselinePaneController;
    @FXML private VariantsPane variantsPaneController;
    @FXML private ResultsPane resultsPaneController;

    private final WhatIfViewModel viewModel;
    private final ConsolePreferences preferences;
    private final Path exportDir;
    private final WhatIfShortcuts shortcuts = new WhatIfShortcuts(this);

    public WhatIfView(ConsoleContext context) {
        this.viewModel = new WhatIfViewModel(context.data(), context.executor(), context.clock(),
                ZoneId.systemDefault());
        this.preferences = context.preferences();
        this.exportDir = context.exportDir();
    }

    @FXML
    private void initialize() {
        baselinePaneController.bind(viewModel.baseline());
        FocusScroll.follow(setupScroll);
        variantsPaneController.bind(viewModel.variants());
        resultsPaneController.bind(viewModel.results());
        runButton.disableProperty().bind(viewModel.runBlockedBinding());
        cancelButton.disableProperty().bind(viewModel.runningProperty().not());
        runProgress.progressProperty().bind(viewModel.progressProperty());
        runProgress.visibleProperty().bind(viewModel.runningProperty());
        runStatus.textProperty().bind(viewModel.runStatusProperty());
        for (Button button : new Button[] {newStudyButton, openButton, saveButton, saveAsButton}) {
            button.disableProperty().bind(viewModel.busyBinding());
        }
        studyTitle.textProperty().bind(viewModel.titleProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        root.sceneProperty().addListener((o, b, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((w, before, window) -> guardClosing(window));
                guardClosing(scene.getWindow());
            }
        });
    }

    /** Closing the console with an unsaved study asks first; a run still going is stopped at its next order. */
    private void guardClosing(Window window) {
        if (window != null) {
            window.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, event -> {
                if (!mayDiscard()) {
                    event.consume();
                } else {
                    viewModel.cancel();
                }
            });
        }
    }

    private boolean mayDiscard() {
        Optional<String> question = viewModel.unsavedWork();
        return question.isEmpty() || StudyDialogs.discard(window(), question.get());
    }

    @FXML
    void onNewStudy() {
        if (mayDiscard()) {
            viewModel.newStudy();
        }
    }

    @FXML
    void onOpen() {
        if (mayDiscard()) {
            StudyDialogs.openStudy(window(), folder()).ifPresent(file -> {
                remember(file);
                viewModel.open(file);
            });
        }
    }

    @FXML
    void onSave() {
        if (!viewModel.saveToCurrentFile()) {
            onSaveAs();
        }
    }

    @FXML
    void onSaveAs() {
        String name = viewModel.titleProperty().get().replace(" •", "").replace("Untitled study", "study")
                .replace(StudyArchive.EXTENSION, "");
        StudyDialogs.saveStudy(window(), folder(), name + StudyArchive.EXTENSION).ifPresent(file -> {
            remember(file);
            viewModel.save(file);
        });
    }

    @FXML
    void onRun() {
        viewModel.run();
    }

    @FXML
    void onCancel() {
        viewModel.cancel();
    }

    @FXML
    void onExportCsv() {
        StudyDialogs.exportFolder(window(), exportDir).ifPresent(viewModel::exportCsv);
    }

    @FXML
    void onExportReport() {
        StudyDialogs.reportFile(window(), exportDir).ifPresent(viewModel::exportReport);
    }

    @FXML
    void onHelp() {
        StudyDialogs.help(window());
    }

    void addVariant() {
        variantsPaneController.onAddVariant();
    }

    void addChangeIfEditing() {
        if (variantsPaneController.formFocused()) {
            variantsPaneController.onAddChange();
        }
    }

    void findInDiff() {
        resultsPaneController.focusSearch();
    }

    private Path folder() {
        return preferences.get(FOLDER_KEY).map(Path::of).orElse(exportDir);
    }

    private void remember(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            preferences.put(FOLDER_KEY, parent.toString());
        }
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    @Override
    public void shown() {
        viewModel.activate();
        if (root.getScene() != null) {
            shortcuts.install(root.getScene());
        }
        baselinePaneController.firstControl().requestFocus();
    }

    @Override
    public void hidden() {
        if (root.getScene() != null) {
            shortcuts.remove(root.getScene());
        }
    }

    @Override
    public List<String[]> shortcuts() {
        return WhatIfShortcuts.described();
    }

    /** For tests: the screen's state. */
    WhatIfViewModel viewModel() {
        return viewModel;
    }
}
