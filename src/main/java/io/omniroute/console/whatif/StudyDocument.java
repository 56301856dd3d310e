package io.omniroute.console.whatif;

import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import io.omniroute.engine.scenario.InvalidInputException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The study as a document: the file it was opened from or saved to, whether it has unsaved work, and saving and
 * opening in the background. A file that cannot be read is refused with every problem named; the study shown stays.
 */
final class StudyDocument {

    private final TaskExecutor executor;
    private final Clock clock;
    private final Consumer<String> say;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Untitled study");

    StudyDocument(TaskExecutor executor, Clock clock, Consumer<String> say) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.say = Objects.requireNonNull(say, "say");
        file.addListener((observable, before, now) -> retitle());
        dirty.addListener((observable, before, now) -> retitle());
    }

    void edited() {
        dirty.set(true);
    }

    /** A new, empty study: no file, nothing to lose. */
    void reset() {
        file.set(null);
        dirty.set(false);
    }

    /** Saves the study made now to the file, in the background, as a study file. */
    void save(Path target, Supplier<Study> study) {
        Path chosen = withExtension(target);
        Study saving = study.get();
        busy.set(true);
        say.accept("Saving " + chosen.getFileName() + "…");
        executor.execute(BackgroundTask.of("saving a what-if study to " + chosen, () -> {
                    StudyArchive.write(saving, chosen, clock.instant());
                    return chosen;
                })
                .onSuccess(saved -> {
                    file.set(saved);
                    dirty.set(false);
                    say.accept("Saved " + saved);
                })
                .onFailure(error -> say.accept("Cannot save " + chosen + ": " + error.getMessage()
                        + "\nThe study is unchanged and still unsaved."))
                .onFinished(() -> busy.set(false)));
    }

    /** Reads the study file in the background; the study shown changes only once all of it has read well. */
    void open(Path source, Consumer<Study> opened) {
        busy.set(true);
        say.accept("Opening " + source.getFileName() + "…");
        executor.execute(BackgroundTask.of("opening the what-if study " + source, () -> StudyArchive.read(source))
                .onSuccess(study -> {
                    opened.accept(study);
                    file.set(source);
                    dirty.set(false);
                })
                .onFailure(error -> say.accept(refusal(source, error)))
                .onFinished(() -> busy.set(false)));
    }

    static String refusal(Path source, Throwable error) {
        if (error instanceof InvalidInputException invalid) {
            return "Cannot open " + source + ": " + invalid.problems().size() + " problem"
                    + (invalid.problems().size() == 1 ? "" : "s") + "; nothing was changed.\n"
                    + String.join("\n", invalid.problems().stream().map(Object::toString).toList());
        }
        return "Cannot open " + source + ": " + error.getMessage() + "; nothing was changed.";
    }

    static Path withExtension(Path target) {
        String name = target.getFileName().toString();
        return name.endsWith(StudyArchive.EXTENSION) ? target
                : target.resolveSibling(name + StudyArchive.EXTENSION);
    }

    private void retitle() {
        String name = Optional.ofNullable(file.get()).map(p -> p.getFileName().toString()).orElse("Untitled study");
        title.set(name + (dirty.get() ? " •" : ""));
    }

    ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
