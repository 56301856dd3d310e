package io.omniroute.console.inventory;

import io.omniroute.console.model.DataListener;
import io.omniroute.console.model.NetworkCatalog;
import io.omniroute.console.model.PositionTable;
import io.omniroute.console.model.ZipDirectory;
import io.omniroute.console.shell.ConsolePreferences;
import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Inventory screen's state: the quick filter and sort the user sets, the ready list of matching positions, the
 * selection (kept by position across refreshes), the count and query time, export, and the per-SKU network view.
 * Queries run in the background through {@link LatestQueries}; live data changes re-run the current query.
 */
public final class InventoryViewModel implements DataListener {

    public static final String STALE_HOURS_KEY = "inventory.staleHours";
    public static final int DEFAULT_STALE_HOURS = 24;
    static final int DEFAULT_LOW_ATP = 5;
    /** At most this often a live data change redraws the table. */
    static final Duration LIVE_REFRESH_GAP = Duration.ofMillis(400);

    private static final Logger LOG = LoggerFactory.getLogger(InventoryViewModel.class);
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm", Locale.ROOT);

    private final PositionTable positions;
    private final Supplier<NetworkCatalog> catalog;
    private final ConsolePreferences preferences;
    private final TaskExecutor executor;
    private final Clock clock;
    private final PositionQuery query;
    private final LatestQueries<PositionMatches> queries;
    private final InventoryFilters filters;
    private final SkuNetworkViewModel network;
    private final InventoryExport export;

    private final ObjectProperty<PositionSort> sort = new SimpleObjectProperty<>(this, "sort", PositionSort.DEFAULT);
    private final IntegerProperty staleHours = new SimpleIntegerProperty(this, "staleHours");
    private final BooleanProperty networkShown = new SimpleBooleanProperty(this, "networkShown", true);
    private final PositionRows rows = new PositionRows();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "Loading…");
    private final ReadOnlyStringWrapper queryTimeText = new ReadOnlyStringWrapper(this, "queryTimeText", "");
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(this, "selectedIndex", -1);
    private final ReadOnlyObjectWrapper<QueryOutcome> lastQuery = new ReadOnlyObjectWrapper<>(this, "lastQuery");
    private PositionMatches shown;
    private int selectedRow = -1;
    private String skuToReveal = "";
    private boolean active;
    private boolean changedWhileHidden;

    public InventoryViewModel(PositionTable positions, Supplier<NetworkCatalog> catalog, ZipDirectory zips,
            ConsolePreferences preferences, TaskExecutor executor, Clock clock) {
        this(positions, catalog, zips, preferences, executor, clock, LIVE_REFRESH_GAP);
    }

    InventoryViewModel(PositionTable positions, Supplier<NetworkCatalog> catalog, ZipDirectory zips,
            ConsolePreferences preferences, TaskExecutor executor, Clock clock, Duration liveRefreshGap) {
        this.positions = Objects.requireNonNull(positions, "positions");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.query = PositionQuery.over(positions);
        this.queries = new LatestQueries<>(executor, liveRefreshGap, this::captureQuery, this::show, this::failed);
        this.filters = new InventoryFilters(this::requery);
        this.network = new SkuNetworkViewModel(positions, catalog, zips, executor);
        this.export = new InventoryExport(positions, executor);
        staleHours.set(Math.max(1, preferences.getInt(STALE_HOURS_KEY, DEFAULT_STALE_HOURS)));
        filters.updateStates(catalog.get());
        sort.addListener((observable, old, now) -> requery());
        staleHours.addListener((observable, old, now) -> saveStaleHours(now.intValue()));
    }

    /** The screen became visible: query now if there is nothing yet or the data moved on while it was hidden. */
    public void activate() {
        active = true;
        if (shown == null) {
            queries.request(false);
        } else if (changedWhileHidden || shown.tableVersion() != positions.version()) {
            queries.request(true);
        }
        changedWhileHidden = false;
    }

    public void deactivate() {
        active = false;
    }

    /** Runs the current filter and sort again (a user's request: the table starts at the top). */
    public void requery() {
        queries.request(false);
    }

    /** The user selected the row at that index of {@link #rows()} (-1: none). */
    public void select(int index) {
        if (index < 0 || index >= rows.size()) {
            selectedRow = -1;
            selectedIndex.set(-1);
            return;
        }
        selectedRow = rows.rowAt(index);
        selectedIndex.set(index);
        String sku = rows.get(index).sku();
        if (!sku.equals(network.skuProperty().get())) {
            network.show(sku);
        }
    }

    /** Filters the table to the SKU, selects its first position and opens its network view. */
    public void revealSku(String sku) {
        skuToReveal = Objects.requireNonNull(sku, "sku");
        networkShown.set(true);
        network.show(sku);
        filters.showOnly(sku);
        requery();
    }

    /** Sorts by the column ({@link PositionSort#DEFAULT} when the user turned sorting off). */
    public void sortBy(PositionSort newSort) {
        sort.set(Objects.requireNonNull(newSort, "newSort"));
    }

    /** Writes the rows shown now, in their order, to the file, in the background; one export at a time. */
    public void export(Path file) {
        export.start(file, rows.shownRows(), catalog.get(), staleBefore());
    }

    /** "inventory-20260302-0815.csv", in the clock's time zone. */
    public String defaultExportFileName() {
        return "inventory-" + FILE_STAMP.format(clock.instant().atZone(clock.getZone())) + ".csv";
    }

    @Override
    public void positionsChanged(int[] changed) {
        executor.onUi(this::dataChanged);
    }

    @Override
    public void catalogChanged(NetworkCatalog fresh) {
        executor.onUi(() -> {
            filters.updateStates(fresh);
            dataChanged();
        });
    }

    private void dataChanged() {
        if (!active) {
            changedWhileHidden = true;
            return;
        }
        queries.request(true);
        network.refresh();
    }

    private LatestQueries.Work<PositionMatches> captureQuery() {
        PositionFilter filter = filters.current();
        PositionSort order = sort.get();
        NetworkCatalog names = catalog.get();
        long staleBefore = staleBefore();
        return wanted -> query.run(filter, order, names, staleBefore, wanted);
    }

    private void show(PositionMatches matches, boolean live) {
        shown = matches;
        NetworkCatalog names = catalog.get();
        long staleBefore = matches.staleBefore();
        rows.replace(matches.rows(), row -> positions.read(view -> PositionRecord.read(view, row, names, staleBefore)));
        countText.set(String.format(Locale.US, "%,d of %,d positions", matches.size(), matches.livePositions()));
        queryTimeText.set(String.format(Locale.US, "query %,d ms", matches.millis()));
        keepSelection();
        QueryOutcome previous = lastQuery.get();
        lastQuery.set(new QueryOutcome(previous == null ? 1 : previous.sequence() + 1, matches.size(),
                matches.livePositions(), matches.millis(), live));
    }

    private void keepSelection() {
        int index = skuToReveal.isEmpty() ? rows.indexOfRow(selectedRow) : firstIndexOf(skuToReveal);
        skuToReveal = "";
        select(index);
    }

    private int firstIndexOf(String sku) {
        int[] shownRows = rows.shownRows();
        return positions.read(view -> {
            int skuNumber = view.skuNumber(sku);
            for (int i = 0; skuNumber >= 0 && i < shownRows.length; i++) {
                if (view.sku(shownRows[i]) == skuNumber) {
                    return i;
                }
            }
            return -1;
        });
    }

    private void failed(Throwable error) {
        LOG.error("the inventory query failed", error);
        countText.set("The query failed: " + error.getMessage());
    }

    private void saveStaleHours(int hours) {
        preferences.put(STALE_HOURS_KEY, Integer.toString(hours));
        executor.execute(BackgroundTask.of("saving the console settings", () -> {
            preferences.save();
            return null;
        }).onFailure(error -> LOG.warn("cannot save the stale age", error)));
        requery();
    }

    /** Epoch second before which a position is stale. */
    long staleBefore() {
        return clock.instant().getEpochSecond() - Duration.ofHours(staleHours.get()).toSeconds();
    }

    public InventoryFilters filters() {
        return filters;
    }

    public SkuNetworkViewModel network() {
        return network;
    }

    public InventoryExport exports() {
        return export;
    }

    public PositionRows rows() {
        return rows;
    }

    public ObjectProperty<PositionSort> sortProperty() {
        return sort;
    }

    public IntegerProperty staleHoursProperty() {
        return staleHours;
    }

    public BooleanProperty networkShownProperty() {
        return networkShown;
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty queryTimeTextProperty() {
        return queryTimeText.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<QueryOutcome> lastQueryProperty() {
        return lastQuery.getReadOnlyProperty();
    }

    /** The position selected now, if any (its values as of the last query). */
    public OptionalInt selectedRow() {
        return selectedRow < 0 ? OptionalInt.empty() : OptionalInt.of(selectedRow);
    }
}
