package io.omniroute.console.exceptions;

import io.omniroute.cache.CacheChanges;
import io.omniroute.cache.CachedException;
import io.omniroute.cache.EntityTable;
import io.omniroute.cache.H2LocalStore;
import io.omniroute.cache.NewCommand;
import io.omniroute.console.model.ConsoleData;
import io.omniroute.console.model.DataListener;
import io.omniroute.console.shell.ConsolePreferences;
import io.omniroute.console.shell.ConsoleUser;
import io.omniroute.console.task.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exception queue's state: every open exception and derived problem, filtered and sorted as the planner set it,
 * kept live from the cache's change notices without moving the planner's selection; taking, releasing and taking
 * the next row; and the order the planner has in front of them, for the detail pane.
 */
public final class ExceptionQueueViewModel implements DataListener {

    private static final Logger LOG = LoggerFactory.getLogger(ExceptionQueueViewModel.class);
    /** How long a new row stays marked as new. */
    static final Duration NEW_FOR = Duration.ofSeconds(20);
    /** Promises move into risk as time passes: the derived rows are read again this often. */
    private static final Duration FULL_READ_EVERY = Duration.ofMinutes(1);

    private final ConsoleUser user;
    private final ConsolePreferences preferences;
    private final H2LocalStore store;
    private final OrderDetailViewModel detail;
    private final BulkPlanner bulkPlanner;
    private BulkViewModel bulk;
    private final TaskExecutor executor;
    private final Clock clock;
    private final QueueState state = new QueueState();
    private final QueueReads reads;
    private final ExceptionCommands commands;
    private final QueueView view;
    private boolean started;
    private Instant lastFullRead = Instant.EPOCH;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<ExceptionKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<String> channel = new SimpleObjectProperty<>(this, "channel", "");
    private final ObjectProperty<Assignment> assignment = new SimpleObjectProperty<>(this, "assignment",
            Assignment.ALL);
    private final ObjectProperty<QueueColumn> sortColumn = new SimpleObjectProperty<>(this, "sortColumn",
            QueueColumn.TIME_LEFT);
    private final BooleanProperty ascending = new SimpleBooleanProperty(this, "ascending", true);
    private final ObservableList<QueueItem> rows = FXCollections.observableArrayList();
    private final ObservableList<String> channels = FXCollections.observableArrayList("");
    private final ReadOnlyIntegerWrapper rowsVersion = new ReadOnlyIntegerWrapper(this, "rowsVersion");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Reading the queue…");
    private final ReadOnlyObjectWrapper<QueueItem> focused = new ReadOnlyObjectWrapper<>(this, "focused");
    private final Set<String> selectedKeys = new LinkedHashSet<>();
    /** While the rows are replaced the table drops its selection; that is not the planner's doing. */
    private boolean replacingRows;
    private List<QueueItem> selected = List.of();

    public ExceptionQueueViewModel(ConsoleData data, ConsoleUser user, ConsolePreferences preferences,
            TaskExecutor executor, Clock clock) {
        this.user = Objects.requireNonNull(user, "user");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = data.store();
        QueueReader reader = new QueueReader(store, data.positions(), data.planning()::current,
                () -> QueueSettings.from(preferences));
        this.reads = new QueueReads(reader, executor, clock::instant, this::landed, this::readFailed);
        this.commands = new ExceptionCommands(store, executor, clock, user.name(), reads, this::refresh);
        this.view = new QueueView(executor, this::show);
        this.detail = new OrderDetailViewModel(new OrderDetailLoader(store, data.positions(), data.planning(),
                data.slots(), data::catalog), commands, executor, clock);
        this.bulkPlanner = new BulkPlanner(store, data.positions(), data.planning(), data.slots());
        focused.addListener((o, before, now) -> detail.show(now));
        text.addListener((o, before, now) -> refresh());
        kind.addListener((o, before, now) -> refresh());
        channel.addListener((o, before, now) -> refresh());
        assignment.addListener((o, before, now) -> refresh());
        sortColumn.addListener((o, before, now) -> refresh());
        ascending.addListener((o, before, now) -> refresh());
    }

    /** The screen is shown: the first time, read the whole queue. */
    public void activate() {
        if (!started) {
            started = true;
            lastFullRead = clock.instant();
            reads.loadAll();
        }
    }

    /** Time moved on: ages and time left change, and now and then promises move into risk. */
    public void tick() {
        if (started && Duration.between(lastFullRead, clock.instant()).compareTo(FULL_READ_EVERY) >= 0) {
            lastFullRead = clock.instant();
            reads.loadAll();
        } else {
            refresh();
        }
    }

    @Override
    public void cacheChanged(CacheChanges changes) {
        Set<String> orders = changes.ids(EntityTable.ORDER);
        Set<String> exceptions = changes.ids(EntityTable.EXCEPTION);
        if (orders.isEmpty() && exceptions.isEmpty() && !changes.outbox()) {
            return;
        }
        Set<String> orderIds = Set.copyOf(orders);
        Set<String> exceptionIds = Set.copyOf(exceptions);
        boolean outbox = changes.outbox();
        executor.onUi(() -> {
            reads.changed(orderIds, exceptionIds, outbox);
            detail.ordersChanged(orderIds);
            if (outbox && bulk != null) {
                bulk.outboxMoved();
            }
        });
    }

    private void landed(QueueReads.Result result) {
        state.apply(result, clock.instant());
        commands.landed(result);
        Set<String> names = new TreeSet<>();
        state.items().forEach(item -> {
            if (!item.channel().isEmpty()) {
                names.add(item.channel());
            }
        });
        // Channels are only ever added: replacing the list would clear the picker under the planner.
        names.stream().filter(name -> !channels.contains(name)).forEach(channels::add);
        refresh();
    }

    private void readFailed(Throwable failure) {
        LOG.warn("cannot read the exception queue", failure);
        commands.say("Cannot read the exception queue: " + failure.getMessage());
    }

    private void refresh() {
        if (!state.loaded()) {
            return;
        }
        QueueFilter filter = new QueueFilter(text.get(), Optional.ofNullable(kind.get()),
                Optional.ofNullable(channel.get()).filter(c -> !c.isEmpty()), assignment.get());
        view.refresh(state.items(), filter, user.name(), sortColumn.get(), ascending.get(), clock.instant());
    }

    private void show(List<QueueItem> shown) {
        replacingRows = true;
        try {
            rows.setAll(shown);
        } finally {
            replacingRows = false;
        }
        rowsVersion.set(rowsVersion.get() + 1);
        List<QueueItem> all = state.items();
        Instant now = clock.instant();
        long mine = all.stream().filter(item -> item.takenBy(user.name())).count();
        long overdue = all.stream().filter(item -> item.timeLeft(now).map(Duration::isNegative).orElse(false))
                .count();
        summary.set(all.size() + " open · " + shown.size() + " shown · " + mine + " yours · " + overdue
                + " past the promise");
        QueueItem before = focused.get();
        if (before != null) {
            focused.set(shown.stream().filter(item -> item.key().equals(before.key())).findFirst()
                    .orElse(all.stream().filter(item -> item.orderId().equals(before.orderId())).findFirst()
                            .orElse(before)));
        }
    }

    // --- selection ----------------------------------------------------------------------------------------------

    /** The planner selected these rows; the first is the one whose order the detail pane shows. */
    public void select(List<QueueItem> chosen, QueueItem focus) {
        selected = List.copyOf(chosen);
        selectedKeys.clear();
        chosen.forEach(item -> selectedKeys.add(item.key()));
        if (focus != null && (focused.get() == null || !focused.get().key().equals(focus.key()))) {
            focused.set(focus);
        }
    }

    /** True while {@link #rows()} is being replaced: selection changes then are the table's, not the planner's. */
    public boolean isReplacingRows() {
        return replacingRows;
    }

    /** The selection is kept by key across live updates; the view asks which rows to select again. */
    public boolean isSelected(QueueItem item) {
        return selectedKeys.contains(item.key());
    }

    public List<QueueItem> selected() {
        return selected;
    }

    public boolean isPending(QueueItem item) {
        return item.pending() || commands.pending(item.orderId());
    }

    /** The row arrived after the planner opened the screen, a moment ago. */
    public boolean isNew(QueueItem item) {
        Instant seen = state.firstSeen(item.key());
        return !seen.equals(Instant.EPOCH) && Duration.between(seen, clock.instant()).compareTo(NEW_FOR) < 0;
    }

    // --- take, release, next ------------------------------------------------------------------------------------

    /** What taking the selection would take over from someone else, as a question; empty when nobody else has it. */
    public Optional<String> takeOverQuestion() {
        List<String> others = takeable().stream().filter(item -> item.assignee().isPresent())
                .map(item -> item.exception().orElseThrow().exceptionId() + " (" + item.assignee().get() + ")")
                .toList();
        return others.isEmpty() ? Optional.empty() : Optional.of("Take over " + String.join(", ", others)
                + " from the planners working them?");
    }

    /** Takes the selected backend exceptions that are not the planner's already. */
    public void take() {
        List<QueueItem> items = takeable();
        if (items.isEmpty()) {
            commands.say("Nothing to take: select open exceptions the backend raised that are not yours yet");
            return;
        }
        send(items, "TAKE_EXCEPTION", "take " + describe(items));
    }

    /** Gives back the selected exceptions that someone has taken. */
    public void release() {
        List<QueueItem> items = selected.stream().filter(item -> item.exception().isPresent()
                && item.assignee().isPresent()).toList();
        if (items.isEmpty()) {
            commands.say("Nothing to release: none of the selected exceptions is taken");
            return;
        }
        send(items, "RELEASE_EXCEPTION", "release " + describe(items));
    }

    /**
     * The next row nobody has taken after the focused one (wrapping round), taken and focused: the planner's "next
     * please". Empty when every row is someone's.
     */
    public Optional<QueueItem> takeNext() {
        int start = focused.get() == null ? -1 : indexOf(focused.get().key());
        for (int step = 1; step <= rows.size(); step++) {
            QueueItem candidate = rows.get(Math.floorMod(start + step, rows.size()));
            if (candidate.exception().isPresent() && candidate.assignee().isEmpty() && !isPending(candidate)) {
                select(List.of(candidate), candidate);
                send(List.of(candidate), "TAKE_EXCEPTION", "take " + describe(List.of(candidate)));
                return Optional.of(candidate);
            }
        }
        commands.say("Every exception in view is taken: change the filter to see others");
        return Optional.empty();
    }

    private int indexOf(String key) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private List<QueueItem> takeable() {
        return selected.stream().filter(item -> item.exception().isPresent() && !item.takenBy(user.name()))
                .toList();
    }

    private void send(List<QueueItem> items, String type, String what) {
        List<NewCommand> queued = new ArrayList<>();
        Set<String> orders = new HashSet<>();
        for (QueueItem item : items) {
            CachedException exception = item.exception().orElseThrow();
            queued.add(commands.onException(type, exception.exceptionId(), exception.version()));
            orders.add(item.orderId());
        }
        commands.send(queued, orders, what, done -> { });
    }

    private static String describe(List<QueueItem> items) {
        return items.size() == 1 ? items.get(0).exception().map(CachedException::exceptionId).orElse(
                items.get(0).orderId()) : items.size() + " exceptions";
    }

    /** The conflict row's first decision: drop the command, the backend's version stands. */
    public void discardConflict(QueueItem item) {
        commands.discard(item.commandId().orElseThrow(), item.orderId());
    }

    /** The conflict row's second decision: send the command again on the version the cache now has. */
    public void reapplyConflict(QueueItem item) {
        commands.reapply(item.commandId().orElseThrow(), item.orderId());
    }

    ExceptionCommands commands() {
        return commands;
    }

    /** The order in front of the planner. */
    public OrderDetailViewModel detail() {
        return detail;
    }

    /**
     * A bulk re-source of the selected rows' orders; empty (with a message) when the selection holds none. The
     * profiles offered are the current rules'.
     */
    public Optional<BulkViewModel> bulk() {
        Set<String> orders = new LinkedHashSet<>();
        selected.stream().filter(item -> item.kind() != ExceptionKind.CONFLICT)
                .forEach(item -> orders.add(item.orderId()));
        if (orders.isEmpty()) {
            commands.say("Select the exceptions whose orders to re-source (Ctrl+A selects every row shown)");
            return Optional.empty();
        }
        bulk = new BulkViewModel(bulkPlanner, commands, store, executor, List.copyOf(orders),
                detail.profiles().stream().filter(p -> !p.isEmpty()).toList());
        return Optional.of(bulk);
    }

    // --- properties ---------------------------------------------------------------------------------------------

    public StringProperty textProperty() {
        return text;
    }

    /** One kind, or null for every kind. */
    public ObjectProperty<ExceptionKind> kindProperty() {
        return kind;
    }

    /** One channel, or "" for every channel. */
    public ObjectProperty<String> channelProperty() {
        return channel;
    }

    public ObservableList<String> channels() {
        return channels;
    }

    public ObjectProperty<Assignment> assignmentProperty() {
        return assignment;
    }

    public ObjectProperty<QueueColumn> sortColumnProperty() {
        return sortColumn;
    }

    public BooleanProperty ascendingProperty() {
        return ascending;
    }

    /** The filtered, sorted rows; replaced whole, never edited in place. */
    public ObservableList<QueueItem> rows() {
        return rows;
    }

    /** Counts each replacement of {@link #rows()}, after which the view selects {@link #isSelected} rows again. */
    public ReadOnlyIntegerProperty rowsVersionProperty() {
        return rowsVersion.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The row whose order the detail pane shows. */
    public ReadOnlyObjectProperty<QueueItem> focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    /** What the last step did, or why it could not. */
    public ReadOnlyStringProperty messageProperty() {
        return commands.messageProperty();
    }

    public Instant now() {
        return clock.instant();
    }

    /** A promise due within this is near: the console flags the order, and the queue colours it. */
    public Duration riskWindow() {
        return QueueSettings.from(preferences).slaRisk();
    }

    public String userName() {
        return user.name();
    }
}
