package io.omniroute.console.whatif;

import io.omniroute.cache.PlanningRepository;
import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import io.omniroute.engine.scenario.InvalidInputException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Chooses and reads the baseline: the cached snapshot with the orders of a window (by default the last 24 hours,
 * counted as soon as it is chosen), or a scenario folder whose problems are listed by file, line and field.
 */
public final class BaselineViewModel {

    private final CacheWindows reader;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ZoneId zone;
    private final Consumer<Baseline> loaded;
    private final ObjectProperty<BaselineSource> source = new SimpleObjectProperty<>(this, "source",
            BaselineSource.CACHE);
    private final ObjectProperty<OrderWindow> window = new SimpleObjectProperty<>(this, "window",
            OrderWindow.LAST_24_HOURS);
    private final StringProperty from = new SimpleStringProperty(this, "from", "");
    private final StringProperty to = new SimpleStringProperty(this, "to", "");
    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    private final ReadOnlyStringWrapper windowCount = new ReadOnlyStringWrapper(this, "windowCount", "");
    private final ReadOnlyObjectWrapper<Baseline> baseline = new ReadOnlyObjectWrapper<>(this, "baseline");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "No baseline yet");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private long counting;
    private long reading;

    BaselineViewModel(CacheWindows reader, TaskExecutor executor, Clock clock, ZoneId zone,
            Consumer<Baseline> loaded) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.loaded = Objects.requireNonNull(loaded, "loaded");
        Instant now = clock.instant();
        from.set(BaselineOrigin.TIME.format(now.minusSeconds(86_400).atZone(zone)));
        to.set(BaselineOrigin.TIME.format(now.atZone(zone)));
        // a window or source chosen from a list is read at once; typed times and folders wait for Enter or Load
        window.addListener((observable, before, chosen) -> {
            count();
            if (chosen != OrderWindow.CUSTOM) {
                load();
            }
        });
        source.addListener((observable, before, chosen) -> {
            count();
            if (chosen == BaselineSource.CACHE || !folder.get().isBlank()) {
                load();
            }
        });
    }

    /** Counts the orders the chosen window holds, in the background; the newest count wins. */
    public void count() {
        if (source.get() != BaselineSource.CACHE) {
            windowCount.set("");
            return;
        }
        Instant[] range;
        try {
            range = range();
        } catch (IllegalArgumentException e) {
            windowCount.set(e.getMessage());
            return;
        }
        long ticket = ++counting;
        windowCount.set("Counting the window's orders…");
        executor.execute(BackgroundTask.of("counting the orders of a what-if window",
                        () -> reader.count(range[0], range[1]))
                .onSuccess(count -> {
                    if (ticket == counting) {
                        windowCount.set(describe(count));
                    }
                })
                .onFailure(error -> windowCount.set("Cannot count the orders: " + error.getMessage())));
    }

    private static String describe(PlanningRepository.CreatedOrders count) {
        if (count.count() == 0) {
            return "No cached orders in this window: choose a wider one";
        }
        return String.format(Locale.ROOT, "%,d order%s in the window", count.count(), count.count() == 1 ? "" : "s");
    }

    /** Reads the chosen baseline in the background; the screen's pickers and checks use it once it lands. */
    public void load() {
        problems.clear();
        Optional<BackgroundTask<Baseline>> task = readTask(clock.instant());
        if (task.isEmpty()) {
            return;
        }
        long ticket = ++reading;
        loading.set(true);
        summary.set("Reading the baseline…");
        executor.execute(task.get().onSuccess(read -> {
            if (ticket == reading) {
                accept(read);
            }
        }).onFailure(error -> {
            if (ticket == reading) {
                failed(error);
            }
        }).onFinished(() -> {
            if (ticket == reading) {
                loading.set(false);
            }
        }));
    }

    /** The work of reading the chosen source; empty, with the summary saying what is missing, when it cannot. */
    private Optional<BackgroundTask<Baseline>> readTask(Instant now) {
        if (source.get() == BaselineSource.FOLDER) {
            if (folder.get() == null || folder.get().isBlank()) {
                summary.set("Choose a scenario folder (docs/scenario-format.md)");
                return Optional.empty();
            }
            Path dir = Path.of(folder.get().strip());
            return Optional.of(BackgroundTask.of("reading a what-if baseline folder",
                    () -> BaselineReader.fromFolder(dir, now)));
        }
        Instant[] range;
        try {
            range = range();
        } catch (IllegalArgumentException e) {
            summary.set(e.getMessage());
            return Optional.empty();
        }
        return Optional.of(BackgroundTask.of("reading a what-if baseline from the cache",
                () -> reader.fromCache(range[0], range[1], now)));
    }

    /** A baseline that came another way (a saved study): shown and used as if read here. */
    void accept(Baseline read) {
        baseline.set(read);
        summary.set(BaselineSummary.of(read, zone));
        problems.setAll(read.notes());
        loaded.accept(read);
    }

    private void failed(Throwable error) {
        // the study keeps the baseline it had: say which, so a run is never against one the user did not expect
        String kept = baseline.get() == null ? "" : "\nThe baseline is still: " + baseline.get().origin()
                .describe(zone);
        if (error instanceof InvalidInputException invalid) {
            summary.set(invalid.problems().size() + " problem" + (invalid.problems().size() == 1 ? "" : "s")
                    + " in the scenario folder; nothing was loaded." + kept);
            problems.setAll(invalid.problems().stream().map(Object::toString).toList());
        } else {
            summary.set("Cannot read the baseline: " + error.getMessage() + kept);
        }
    }

    /** [from, to) of the chosen window; a custom one is typed as {@code yyyy-MM-dd HH:mm} in the user's zone. */
    Instant[] range() {
        Instant now = clock.instant();
        OrderWindow chosen = window.get();
        if (chosen != OrderWindow.CUSTOM) {
            return new Instant[] {chosen.from(now), chosen.to(now)};
        }
        Instant start = parse(from.get(), "from");
        Instant end = parse(to.get(), "to");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("The window ends before it starts: 'to' must be after 'from'");
        }
        return new Instant[] {start, end};
    }

    private Instant parse(String text, String which) {
        try {
            return LocalDateTime.parse(text == null ? "" : text.strip(), BaselineOrigin.TIME).atZone(zone)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time for '" + which
                    + "': type it as 2026-03-02 14:30");
        }
    }

    public ObjectProperty<BaselineSource> sourceProperty() {
        return source;
    }

    public ObjectProperty<OrderWindow> windowProperty() {
        return window;
    }

    public List<OrderWindow> windows() {
        return List.of(OrderWindow.values());
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public ReadOnlyStringProperty windowCountProperty() {
        return windowCount.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Baseline> baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    /** What the baseline is, in a few lines: where it came from, its size, and what stock the replay starts from. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** A bad folder's problems by file, line and field; or what the cache snapshot had to leave out. */
    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
