package io.omniroute.console.whatif;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The What-if screen's dialogs: where a study or an export goes, the question before work is lost, the help. */
final class StudyDialogs {

    private static final FileChooser.ExtensionFilter STUDIES = new FileChooser.ExtensionFilter(
            "What-if studies (*" + StudyArchive.EXTENSION + ")", "*" + StudyArchive.EXTENSION);

    private StudyDialogs() {
    }

    static Optional<Path> saveStudy(Window owner, Path folder, String suggested) {
        FileChooser chooser = chooser("Save the study", folder);
        chooser.getExtensionFilters().add(STUDIES);
        chooser.setInitialFileName(suggested);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    static Optional<Path> openStudy(Window owner, Path folder) {
        FileChooser chooser = chooser("Open a study", folder);
        chooser.getExtensionFilters().add(STUDIES);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    static Optional<Path> exportFolder(Window owner, Path folder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export the results as CSV into a folder");
        chooser.setInitialDirectory(existing(folder));
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    static Optional<Path> reportFile(Window owner, Path folder) {
        FileChooser chooser = chooser("Export the report", folder);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML report (*.html)", "*.html"));
        chooser.setInitialFileName("whatif-report.html");
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(existing(folder));
        return chooser;
    }

    /** The folder, else the nearest folder above it that exists, else the home folder: never the process's. */
    private static File existing(Path folder) {
        for (Path at = folder.toAbsolutePath(); at != null; at = at.getParent()) {
            if (at.toFile().isDirectory()) {
                return at.toFile();
            }
        }
        return new File(System.getProperty("user.home"));
    }

    /** @return true when the user chose to discard; Cancel, Esc or closing the dialog keep the work */
    static boolean discard(Window owner, String question) {
        ButtonType discard = new ButtonType("Discard changes", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved study");
        alert.setHeaderText("Unsaved study");
        ((Button) alert.getDialogPane().lookupButton(discard)).setId("discardButton");
        Button cancel = (Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("keepButton");
        cancel.setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        return alert.showAndWait().filter(discard::equals).isPresent();
    }

    static void help(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("What-if help");
        alert.setHeaderText("Answer a what-if question");
        TextArea text = new TextArea(WhatIfHelp.TEXT);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(640, 420);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }
}
