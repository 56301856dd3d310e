package io.omniroute.console.store;

import io.omniroute.cache.CacheChanges;
import io.omniroute.cache.EntityTable;
import io.omniroute.cache.H2LocalStore;
import io.omniroute.cache.PickupRow;
import io.omniroute.console.model.DataListener;
import io.omniroute.console.model.NetworkCatalog;
import io.omniroute.console.shell.ConsolePreferences;
import io.omniroute.console.shell.ConsoleUser;
import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store queue's state: the chosen store, its pickups split into tabs with their counts, the selection and the
 * steps it allows, and the hourly workload. Pickups are read in the background ({@link QueueReads}) and kept live
 * from the cache's change notices; the steps go to the outbox through {@link QueueCommands}.
 */
public final class StoreQueueViewModel implements DataListener {

    private static final Logger LOG = LoggerFactory.getLogger(StoreQueueViewModel.class);

    private final Supplier<NetworkCatalog> catalog;
    private final ConsolePreferences preferences;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ZoneId zone;
    private final StoreChoices stores;
    private final QueueReads reads;
    private final QueueCommands commands;
    private final QueueTabs tabs;
    private final QueueSelection selection;
    private final StoreWorkload workload;

    private final StorePickups pickups = new StorePickups();
    private boolean started;

    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public StoreQueueViewModel(H2LocalStore cache, Supplier<NetworkCatalog> catalog, ConsoleUser user,
            ConsolePreferences preferences, TaskExecutor executor, Clock clock) {
        this(new CachePickupSource(cache), catalog, user, preferences, executor, clock);
    }

    StoreQueueViewModel(PickupSource source, Supplier<NetworkCatalog> catalog, ConsoleUser user,
            ConsolePreferences preferences, TaskExecutor executor, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = clock.getZone();
        this.now.set(clock.instant());
        this.stores = new StoreChoices(user, preferences);
        this.reads = new QueueReads(source, executor, () -> QueueWindow.since(clock.instant(), zone), this::landed,
                this::readFailed);
        this.commands = new QueueCommands(source, executor, clock, user.name(), reads, this::rebuild);
        this.tabs = new QueueTabs(this::selectionChanged);
        this.selection = new QueueSelection(tabs::selectedRows, now.getReadOnlyProperty(), zone);
        this.workload = new StoreWorkload(preferences, this::savePreferences, this::rebuild);
        stores.chosen().addListener((observable, before, store) -> {
            if (before == null || store == null || !before.nodeId().equals(store.nodeId())) {
                storeChanged();
            }
        });
    }

    /** The screen is shown: the first time, list the stores and read the chosen one's queue. */
    public void activate() {
        if (!started) {
            started = true;
            stores.update(catalog.get());
            if (stores.chosenId().isEmpty()) {
                storeChanged();
            }
        }
        tick();
    }

    /** The clock moved on: countdowns, the no-show holds, today's collected and the workload follow it. */
    public void tick() {
        rebuild();
    }

    @Override
    public void catalogChanged(NetworkCatalog fresh) {
        executor.onUi(() -> {
            if (started) {
                stores.update(fresh);
                rebuild();
            }
        });
    }

    @Override
    public void cacheChanged(CacheChanges changes) {
        Set<String> ids = new HashSet<>(changes.ids(EntityTable.PICKUP));
        // an order's change can change its pickup row's channel
        ids.addAll(changes.ids(EntityTable.ORDER));
        if (ids.isEmpty() && !changes.outbox()) {
            return;
        }
        executor.onUi(() -> reads.changed(ids, changes.outbox()));
    }

    private void storeChanged() {
        if (!stores.isFixed() && !stores.chosenId().isEmpty()) {
            savePreferences();
        }
        pickups.clear();
        tabs.clearSelection();
        reads.load(stores.chosenId());
        rebuild();
    }

    private void landed(QueueReads.Result result) {
        pickups.apply(result);
        commands.landed(result);
        rebuild();
    }

    private void readFailed(Throwable failure) {
        LOG.warn("cannot read the pickups of {}", stores.chosenId(), failure);
        commands.say("Cannot read the store's pickups: " + failure.getMessage());
    }

    private void rebuild() {
        Instant at = clock.instant();
        now.set(at);
        NetworkCatalog names = catalog.get();
        tabs.show(QueueRows.build(pickups.all(), pickups.refused(), commands.localPending(), names::skuName, at,
                zone));
        workload.update(pickups.all(), !stores.chosenId().isEmpty(), at, zone);
        summary.set(stores.summary(tabs.count(QueueTab.NEW) + tabs.count(QueueTab.PICKING),
                tabs.count(QueueTab.READY)));
    }

    private void selectionChanged() {
        selection.update();
    }

    private void savePreferences() {
        executor.execute(BackgroundTask.of("saving the console settings", () -> {
            preferences.save();
            return null;
        }).onFailure(failure -> LOG.warn("cannot save the store queue's settings", failure)));
    }

    // --- selection and steps ----------------------------------------------------------------------------------

    /** The user selected these rows of {@link #rows()}. */
    public void select(List<QueueRow> chosen) {
        tabs.select(chosen);
    }

    /** The selection is kept by order id across live updates; the view asks which rows to select again. */
    public boolean isSelected(QueueRow row) {
        return tabs.isSelected(row);
    }

    public QueueSelection selection() {
        return selection;
    }

    public void accept() {
        commands.send(PickupAction.ACCEPT, selection.allowed(PickupAction.ACCEPT), CommandPayloads.empty());
    }

    public void collect() {
        commands.send(PickupAction.COLLECTED, selection.allowed(PickupAction.COLLECTED), CommandPayloads.empty());
    }

    /** Call after the user confirmed {@link QueueSelection#noShowQuestion()}. */
    public void noShow() {
        commands.send(PickupAction.NO_SHOW, selection.allowed(PickupAction.NO_SHOW), CommandPayloads.empty());
    }

    public ReadyDialogViewModel readyDialog() {
        return new ReadyDialogViewModel(selection.allowed(PickupAction.READY), catalog.get()::skuName);
    }

    public void markReady(ReadyDialogViewModel dialog) {
        commands.send(PickupAction.READY, dialog.rows(), dialog.payloads(), "");
    }

    public RejectDialogViewModel rejectDialog() {
        return new RejectDialogViewModel(selection.allowed(PickupAction.REJECT), catalog.get()::skuName);
    }

    /** Call after the user confirmed {@link RejectDialogViewModel#question()}. */
    public void reject(RejectDialogViewModel dialog) {
        commands.send(PickupAction.REJECT, dialog.rows(), dialog.payloads(), dialog.note());
    }

    /** The pick list of the selected orders that still have units to pick. */
    public PickListViewModel pickList() {
        List<PickupRow> chosen = tabs.selectedRows().stream().map(QueueRow::pickup)
                .filter(pickup -> PickupAction.TO_PICK.contains(pickup.status())).toList();
        StoreChoice store = stores.chosen().get();
        return new PickListViewModel(PickList.of(store.nodeId(), store.name(), chosen, catalog.get()::skuName,
                clock.instant()), executor, zone);
    }

    // --- properties ---------------------------------------------------------------------------------------------

    public boolean storePickerShown() {
        return !stores.isFixed();
    }

    public ObservableList<StoreChoice> storeChoices() {
        return stores.choices();
    }

    /** The chosen store: the user's input on the picker (fixed for a store manager). */
    public ObjectProperty<StoreChoice> storeProperty() {
        return stores.chosen();
    }

    public ObjectProperty<QueueTab> selectedTabProperty() {
        return tabs.selectedTab();
    }

    public ReadOnlyStringProperty tabTitleProperty(QueueTab tab) {
        return tabs.title(tab);
    }

    /** The selected tab's rows, most urgent first; replaced whole, never edited in place. */
    public ObservableList<QueueRow> rows() {
        return tabs.rows();
    }

    /** Counts each replacement of {@link #rows()}, after which the view selects {@link #isSelected} rows again. */
    public ReadOnlyIntegerProperty rowsVersionProperty() {
        return tabs.rowsVersion();
    }

    /** The time the rows were last built at; countdowns are measured from it. */
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    /** The countdown to the promise of an order still to prepare; a ready one's no-show hold; else none. */
    public Countdown countdown(QueueRow row) {
        if (PickupAction.TO_PICK.contains(row.status())) {
            return Countdown.until(row.readyBy(), now.get());
        }
        return row.status().equals("READY")
                ? new Countdown(NoShowHold.describe(row.pickup(), now.get(), zone), Countdown.Urgency.NONE)
                : Countdown.NONE;
    }

    public ZoneId zone() {
        return zone;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the last step did, or why it could not. */
    public ReadOnlyStringProperty messageProperty() {
        return commands.messageProperty();
    }

    public ReadOnlyObjectProperty<List<HourLoad>> workloadProperty() {
        return workload.hours();
    }

    /** The hours over capacity, in words; "" when every hour fits. */
    public ReadOnlyStringProperty workloadNoteProperty() {
        return workload.note();
    }

    /** How many pickups the store can prepare in an hour: the user's input, kept in the preferences. */
    public IntegerProperty pickupsPerHourProperty() {
        return workload.perHour();
    }
}
