package io.omniroute.console.shell;

import io.omniroute.cache.EntityTable;
import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The main window's state: the start (backend opening, data loading) with its progress, the screen shown, the
 * theme, and where a jump to a node, SKU or order should land. It is the console's {@link Navigator}.
 */
public final class MainWindowViewModel implements Navigator {

    static final String SCREEN_KEY = "window.screen";
    static final String DARK_KEY = "window.dark";
    /** How long the start waits for the backend to say who the user is before going on with what it knew. */
    static final Duration LOGIN_PATIENCE = Duration.ofSeconds(10);

    /** Opens the session; blocking, run in the background. */
    @FunctionalInterface
    public interface SessionStarter {
        ConsoleSession start(Consumer<String> progress) throws Exception;
    }

    private final TaskExecutor executor;
    private final ConsolePreferences preferences;
    private final ObjectProperty<StartPhase> phase = new SimpleObjectProperty<>(StartPhase.OPENING);
    private final StringProperty startMessage = new SimpleStringProperty("starting the backend");
    private final DoubleProperty startProgress = new SimpleDoubleProperty(-1);
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>();
    private final ObjectProperty<Target> reveal = new SimpleObjectProperty<>();
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final ObjectProperty<ConsoleSession> session = new SimpleObjectProperty<>();
    private final ObjectProperty<ConsoleUser> user = new SimpleObjectProperty<>();

    public MainWindowViewModel(TaskExecutor executor, ConsolePreferences preferences) {
        this.executor = executor;
        this.preferences = preferences;
        this.screen.set(lastScreen(preferences).orElse(Screen.NETWORK));
        this.dark.set(Boolean.parseBoolean(preferences.get(DARK_KEY, "false")));
        screen.addListener((observable, before, shown) -> preferences.put(SCREEN_KEY, shown.name()));
        dark.addListener((observable, before, on) -> preferences.put(DARK_KEY, Boolean.toString(on)));
    }

    private static Optional<Screen> lastScreen(ConsolePreferences preferences) {
        return preferences.get(SCREEN_KEY).flatMap(name -> Arrays.stream(Screen.values())
                .filter(screen -> screen.name().equals(name)).findFirst());
    }

    /** Opens the session, then loads the cache into memory; the phase says how far it is. */
    public void start(SessionStarter starter) {
        phase.set(StartPhase.OPENING);
        executor.execute(BackgroundTask.of("opening the backend", () -> starter.start(
                step -> executor.onUi(() -> startMessage.set(step))))
                .onSuccess(this::load)
                .onFailure(this::failed));
    }

    private void load(ConsoleSession opened) {
        session.set(opened);
        phase.set(StartPhase.LOADING);
        startMessage.set("loading the cache");
        executor.execute(BackgroundTask.of("loading the cache", () -> {
            long expected = opened.data().store().stats().entities().getOrDefault(EntityTable.INVENTORY, 0L);
            opened.load(read -> executor.onUi(() -> {
                startMessage.set(String.format(Locale.ROOT, "loading %,d of %,d inventory positions", read,
                        expected));
                startProgress.set(expected == 0 ? -1 : Math.min(1.0, read / (double) expected));
            }));
            return opened.awaitUser(LOGIN_PATIENCE, preferences);
        }).onSuccess(known -> {
            user.set(known);
            if (!screen.get().offeredTo(known)) {
                screen.set(offered().get(0));
            }
            startMessage.set("");
            startProgress.set(1);
            phase.set(StartPhase.READY);
        }).onFailure(this::failed));
    }

    private void failed(Throwable error) {
        startMessage.set(error.getMessage() == null ? error.toString() : error.getMessage());
        phase.set(StartPhase.FAILED);
    }

    @Override
    public void show(Screen target) {
        if (offered().contains(target)) {
            screen.set(target);
        }
    }

    @Override
    public void reveal(Target target) {
        Screen shows = target instanceof Target.Node ? Screen.NETWORK
                : target instanceof Target.Sku ? Screen.INVENTORY : null;
        if (shows != null) {
            if (!offered().contains(shows)) {
                return;
            }
            screen.set(shows);
        }
        reveal.set(null);
        reveal.set(target);
    }

    /** The screens this user is offered, in navigation order; all of them until the user is known. */
    public List<Screen> offered() {
        ConsoleUser known = user.get();
        return Arrays.stream(Screen.values()).filter(each -> known == null || each.offeredTo(known)).toList();
    }

    public void toggleTheme() {
        dark.set(!dark.get());
    }

    public ReadOnlyObjectProperty<StartPhase> phaseProperty() {
        return phase;
    }

    public ReadOnlyStringProperty startMessageProperty() {
        return startMessage;
    }

    /** 0..1 while loading positions; -1 when the end is unknown. */
    public ReadOnlyDoubleProperty startProgressProperty() {
        return startProgress;
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen;
    }

    /** The latest jump; the view hands it to the screen that shows it. */
    public ReadOnlyObjectProperty<Target> revealProperty() {
        return reveal;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Who uses the console; set when the start is READY. */
    public ReadOnlyObjectProperty<ConsoleUser> userProperty() {
        return user;
    }

    /** Set once the backend is open. */
    public ReadOnlyObjectProperty<ConsoleSession> sessionProperty() {
        return session;
    }
}
