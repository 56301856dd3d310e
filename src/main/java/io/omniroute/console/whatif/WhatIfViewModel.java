package io.omniroute.console.whatif;

import io.omniroute.console.model.ConsoleData;
import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import io.omniroute.engine.whatif.Variant;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The What-if screen's state: the baseline, the variants, the run with its progress, the results, and the study as
 * a document (saved, opened, exported). Opening the screen reads the default baseline at once (the cached snapshot
 * with the last 24 hours of orders), so the first question can be asked straight away.
 */
public final class WhatIfViewModel {

    private final TaskExecutor executor;
    private final Clock clock;
    private final ZoneId zone;
    private final BaselineViewModel baseline;
    private final VariantsViewModel variants;
    private final StudyRunner runner;
    private final ResultsViewModel results;
    private final StudyDocument document;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Optional<Study.SavedResults> expected = Optional.empty();
    private boolean restoring;
    private boolean started;

    public WhatIfViewModel(ConsoleData data, TaskExecutor executor, Clock clock, ZoneId zone) {
        this(new BaselineReader(data), executor, clock, zone);
    }

    WhatIfViewModel(CacheWindows cache, TaskExecutor executor, Clock clock, ZoneId zone) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.results = new ResultsViewModel(executor);
        this.variants = new VariantsViewModel(executor, this::edited);
        this.baseline = new BaselineViewModel(cache, executor, clock, zone, this::baselineRead);
        this.runner = new StudyRunner(executor);
        this.document = new StudyDocument(executor, clock, message::set);
    }

    /** The screen is shown: the first time, read the default baseline and count its window. */
    public void activate() {
        if (!started) {
            started = true;
            baseline.count();
            baseline.load();
        }
    }

    private void baselineRead(Baseline read) {
        variants.baselineChanged(read);
        results.markStale();
        if (!restoring && (!variants.variants().isEmpty() || results.current().isPresent())) {
            document.edited();
        }
    }

    private void edited() {
        results.markStale();
        if (!restoring) {
            document.edited();
        }
    }

    /** Runs the baseline and every variant in the background; the results replace the last ones when done. */
    public void run() {
        if (baseline.loadingProperty().get()) {
            message.set("The baseline is still being read: run once it has landed.");
            return;
        }
        Baseline against = baseline.baselineProperty().get();
        if (against == null) {
            message.set("Load a baseline first: every variant is a change of it.");
            return;
        }
        List<Variant> engineVariants;
        try {
            engineVariants = variants.toVariants();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        message.set("");
        runner.start(against, engineVariants, RunTotals.of(against.orders(), List.copyOf(variants.variants())),
                this::ran, this::runFailed);
    }

    private void ran(ResultViews views) {
        results.show(views);
        if (expected.isPresent()) {
            List<String> differences = expected.get().differences(Study.SavedResults.of(views.results(),
                    clock.instant()));
            message.set(differences.isEmpty() ? "Results restored from the saved baseline: they match the saved KPIs."
                    : "The re-run differs from the saved results (a newer engine?):\n" + String.join("\n",
                            differences.subList(0, Math.min(8, differences.size()))));
            expected = Optional.empty();
        } else if (views.results().variants().isEmpty()) {
            message.set("The baseline ran alone: add a variant (Ctrl+N) to compare it with.");
        }
    }

    private void runFailed(String why) {
        // a study's saved KPIs are checked against the run that restores them, not against a later one
        expected = Optional.empty();
        message.set(why);
    }

    public void cancel() {
        runner.cancel();
    }

    /** A new, empty study on the baseline shown (call after the user agreed to drop unsaved work). */
    public void newStudy() {
        restoring = true;
        try {
            variants.load(List.of());
            results.clear();
            expected = Optional.empty();
        } finally {
            restoring = false;
        }
        document.reset();
        message.set("A new study on the baseline shown: add a variant (Ctrl+N).");
    }

    public void save(Path file) {
        if (baseline.baselineProperty().get() == null) {
            message.set("Nothing to save yet: a study is saved with its baseline, and none is loaded.");
            return;
        }
        document.save(file, this::study);
    }

    /** Saving to the file it came from; false when it has none yet (then ask where: Save as). */
    public boolean saveToCurrentFile() {
        Path current = document.fileProperty().get();
        if (current == null) {
            return false;
        }
        save(current);
        return true;
    }

    private Study study() {
        Baseline current = baseline.baselineProperty().get();
        Optional<Study.SavedResults> saved = results.current().filter(v -> !results.staleProperty().get())
                .map(v -> Study.SavedResults.of(v.results(), clock.instant()));
        return new Study(current, variants.variants().stream().map(Study.VariantSpec::of).toList(), saved);
    }

    /** Opens a study (call after the user agreed to drop unsaved work); its results come back by running again. */
    public void open(Path file) {
        document.open(file, this::opened);
    }

    private void opened(Study study) {
        restoring = true;
        try {
            results.clear();
            baseline.accept(study.baseline());
            variants.load(study.variants().stream().map(Study.VariantSpec::toDraft).toList());
        } finally {
            restoring = false;
        }
        expected = study.results();
        message.set(String.format(Locale.ROOT, "Opened %d variant%s on %s", study.variants().size(),
                study.variants().size() == 1 ? "" : "s", study.baseline().origin().describe(zone)));
        if (study.results().isPresent()) {
            run();
        }
    }

    public void exportCsv(Path folder) {
        export("CSV", () -> StudyExport.csv(current(), folder).size() + " files to " + folder);
    }

    public void exportReport(Path file) {
        export("report", () -> {
            StudyResults now = current();
            StudyExport.html(now, document.titleProperty().get().replace(" •", ""),
                    BaselineSummary.of(now.baseline(), zone).replace('\n', ' '), file);
            return file.toString();
        });
    }

    private StudyResults current() {
        return results.current().orElseThrow(() -> new IllegalStateException("run the study first (Ctrl+R)"))
                .results();
    }

    private void export(String what, java.util.concurrent.Callable<String> work) {
        if (results.current().isEmpty()) {
            message.set("Nothing to export yet: run the study first (Ctrl+R).");
            return;
        }
        message.set("Exporting the " + what + "…");
        executor.execute(BackgroundTask.of("exporting what-if " + what, work)
                .onSuccess(where -> message.set("Exported " + where
                        + (results.staleProperty().get() ? " (results of the last run, before the latest edits)" : "")))
                .onFailure(error -> message.set("Export failed: " + error.getMessage())));
    }

    /** Whether closing or replacing the study would lose work: the question to ask first, or empty. */
    public Optional<String> unsavedWork() {
        if (!document.dirtyProperty().get()) {
            return Optional.empty();
        }
        return Optional.of("The study \"" + document.titleProperty().get().replace(" •", "")
                + "\" has unsaved changes. Discard them?");
    }

    public BaselineViewModel baseline() {
        return baseline;
    }

    public VariantsViewModel variants() {
        return variants;
    }

    public ResultsViewModel results() {
        return results;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return runner.runningProperty();
    }

    /** -1 while the runs start, then the share of all orders sourced. */
    public ReadOnlyDoubleProperty progressProperty() {
        return runner.progressProperty();
    }

    public ReadOnlyStringProperty runStatusProperty() {
        return runner.statusProperty();
    }

    /** True while nothing may start: a run, a save or an open in progress. */
    public BooleanBinding busyBinding() {
        return Bindings.or(runner.runningProperty(), document.busyProperty());
    }

    /** True while a run may not start: also while the baseline is read, so a run never uses the one it replaces. */
    public BooleanBinding runBlockedBinding() {
        return busyBinding().or(baseline.loadingProperty());
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return document.titleProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return document.fileProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return document.dirtyProperty();
    }
}
