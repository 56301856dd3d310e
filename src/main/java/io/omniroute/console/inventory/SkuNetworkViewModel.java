package io.omniroute.console.inventory;

import io.omniroute.console.model.NetworkCatalog;
import io.omniroute.console.model.Place;
import io.omniroute.console.model.PositionTable;
import io.omniroute.console.model.ZipDirectory;
import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The per-SKU network view: for the SKU selected in the positions table, its ATP by node type, how many nodes have
 * it in stock, and the nearest nodes with stock to a ZIP the user types.
 */
public final class SkuNetworkViewModel {

    static final int DEFAULT_NEAREST = 5;

    private final PositionTable positions;
    private final Supplier<NetworkCatalog> catalog;
    private final ZipDirectory zips;
    private final TaskExecutor executor;

    private final StringProperty zip = new SimpleStringProperty(this, "zip", "");
    private final ObjectProperty<DistanceUnit> unit = new SimpleObjectProperty<>(this, "unit", DistanceUnit.KM);
    private final IntegerProperty nearestLimit = new SimpleIntegerProperty(this, "nearestLimit", DEFAULT_NEAREST);
    private final ReadOnlyStringWrapper sku = new ReadOnlyStringWrapper(this, "sku", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Select a position");
    private final ReadOnlyStringWrapper inStock = new ReadOnlyStringWrapper(this, "inStock", "");
    private final ReadOnlyStringWrapper zipError = new ReadOnlyStringWrapper(this, "zipError", "");
    private final ObservableList<TypeStock> byType = FXCollections.observableArrayList();
    private final ObservableList<NearbyStock> nearest = FXCollections.observableArrayList();
    private final ObservableList<TypeStock> byTypeView = FXCollections.unmodifiableObservableList(byType);
    private final ObservableList<NearbyStock> nearestView = FXCollections.unmodifiableObservableList(nearest);
    private Optional<SkuNetwork> network = Optional.empty();
    private long generation;

    public SkuNetworkViewModel(PositionTable positions, Supplier<NetworkCatalog> catalog, ZipDirectory zips,
            TaskExecutor executor) {
        this.positions = Objects.requireNonNull(positions, "positions");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.zips = Objects.requireNonNull(zips, "zips");
        this.executor = Objects.requireNonNull(executor, "executor");
        zip.addListener((observable, old, now) -> showNearest());
        unit.addListener((observable, old, now) -> showNearest());
        nearestLimit.addListener((observable, old, now) -> showNearest());
    }

    /** Shows that SKU (reading its stock in the background); the same SKU again reads it again. */
    public void show(String skuId) {
        sku.set(Objects.requireNonNull(skuId, "skuId"));
        refresh();
    }

    /** Reads the shown SKU's stock again, after the positions changed. */
    public void refresh() {
        String shown = sku.get();
        if (shown.isEmpty()) {
            return;
        }
        long asked = ++generation;
        NetworkCatalog current = catalog.get();
        executor.execute(BackgroundTask.of("reading the network stock of " + shown,
                        () -> SkuNetwork.read(positions, current, shown))
                .onSuccess(read -> {
                    if (asked == generation) {
                        showNetwork(read, current);
                    }
                }));
    }

    public String distanceText(NearbyStock stock) {
        return unit.get().format(stock.km());
    }

    private void showNetwork(SkuNetwork read, NetworkCatalog current) {
        network = Optional.of(read);
        String name = current.skuName(read.sku());
        title.set(name.isEmpty() ? read.sku() : read.sku() + " · " + name);
        inStock.set(String.format(Locale.US, "In stock at %,d of %,d nodes · ATP %,d", read.nodesInStock(),
                read.nodeCount(), read.totalAtp()));
        byType.setAll(read.byType());
        showNearest();
    }

    private void showNearest() {
        String typed = zip.get() == null ? "" : zip.get().strip();
        if (typed.isEmpty()) {
            zipError.set("");
            nearest.clear();
            return;
        }
        Optional<Place> place = zips.place(typed);
        if (place.isEmpty()) {
            zipError.set("Unknown ZIP code \"" + typed + "\": type a 5-digit US ZIP, for example 10001");
            nearest.clear();
            return;
        }
        zipError.set("");
        List<NearbyStock> found = network.map(read -> read.nearest(place.get(), nearestLimit.get())).orElse(List.of());
        nearest.setAll(found);
    }

    public StringProperty zipProperty() {
        return zip;
    }

    public ObjectProperty<DistanceUnit> unitProperty() {
        return unit;
    }

    public IntegerProperty nearestLimitProperty() {
        return nearestLimit;
    }

    public ReadOnlyStringProperty skuProperty() {
        return sku.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty inStockProperty() {
        return inStock.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty zipErrorProperty() {
        return zipError.getReadOnlyProperty();
    }

    public ObservableList<TypeStock> byType() {
        return byTypeView;
    }

    public ObservableList<NearbyStock> nearest() {
        return nearestView;
    }
}
