package io.omniroute.console.whatif;

import io.omniroute.console.task.TaskExecutor;
import io.omniroute.engine.whatif.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The results of the last run: the KPI table, the charts, and for the chosen variant its cost distribution and its
 * decision diff, whose orders open with both explanations. Results stay shown after an edit, marked stale, until
 * the next run replaces them.
 */
public final class ResultsViewModel {

    private final ReadOnlyObjectWrapper<ResultViews> views = new ReadOnlyObjectWrapper<>(this, "views");
    private final ObservableList<KpiRow> kpiRows = FXCollections.observableArrayList();
    private final ObservableList<String> runNames = FXCollections.observableArrayList();
    private final ObservableList<BarGroup> kpiCharts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<BarGroup> byNode = new ReadOnlyObjectWrapper<>(this, "byNode",
            BarGroup.EMPTY);
    private final ReadOnlyObjectWrapper<BarGroup> byType = new ReadOnlyObjectWrapper<>(this, "byType",
            BarGroup.EMPTY);
    private final ReadOnlyObjectWrapper<BarGroup> shipmentsByType = new ReadOnlyObjectWrapper<>(this,
            "shipmentsByType", BarGroup.EMPTY);
    private final ReadOnlyObjectWrapper<BarGroup> costs = new ReadOnlyObjectWrapper<>(this, "costs",
            BarGroup.EMPTY);
    private final ObservableList<String> variantNames = FXCollections.observableArrayList();
    private final ObjectProperty<String> variant = new SimpleObjectProperty<>(this, "variant");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary",
            "No results yet: add a variant and run the study (Ctrl+R)");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final DiffViewModel diff;
    private final OrderDetailViewModel detail;
    private Optional<Replays> replays = Optional.empty();

    ResultsViewModel(TaskExecutor executor) {
        this.diff = new DiffViewModel(executor);
        this.detail = new OrderDetailViewModel(executor);
        variant.addListener((observable, before, now) -> variantChosen());
    }

    void show(ResultViews shown) {
        detail.close();
        StudyResults results = shown.results();
        replays = Optional.of(new Replays(results));
        views.set(shown);
        List<String> names = new ArrayList<>();
        names.add(Variant.BASELINE);
        results.variants().forEach(v -> names.add(v.name()));
        runNames.setAll(names);
        kpiRows.setAll(shown.kpis());
        kpiCharts.setAll(shown.mainKpis());
        byNode.set(shown.utilizationByNode());
        byType.set(shown.utilizationByType());
        shipmentsByType.set(shown.shipmentsByType());
        String kept = variant.get();
        variantNames.setAll(names.subList(1, names.size()));
        stale.set(false);
        summary.set(String.format(Locale.ROOT, "%d run%s, %,d orders sourced in %.1f s", names.size(),
                names.size() == 1 ? "" : "s", results.ordersSourced(), results.elapsed().toMillis() / 1000.0));
        String chosen = variantNames.contains(kept) ? kept : variantNames.isEmpty() ? null : variantNames.get(0);
        if (java.util.Objects.equals(chosen, variant.get())) {
            variantChosen();
        } else {
            variant.set(chosen);
        }
    }

    /** No results (a new study, another baseline read in its place). */
    void clear() {
        detail.close();
        replays = Optional.empty();
        views.set(null);
        runNames.clear();
        kpiRows.clear();
        kpiCharts.clear();
        byNode.set(BarGroup.EMPTY);
        byType.set(BarGroup.EMPTY);
        shipmentsByType.set(BarGroup.EMPTY);
        variantNames.clear();
        variant.set(null);
        diff.show(Optional.empty());
        costs.set(BarGroup.EMPTY);
        stale.set(false);
        summary.set("No results yet: add a variant and run the study (Ctrl+R)");
    }

    /** The baseline or a variant changed since the run: the results no longer answer the question asked. */
    void markStale() {
        if (views.get() != null) {
            stale.set(true);
        }
    }

    private void variantChosen() {
        detail.close();
        ResultViews shown = views.get();
        if (shown == null || variant.get() == null) {
            diff.show(Optional.empty());
            costs.set(shown == null ? BarGroup.EMPTY : shown.costs(Variant.BASELINE));
            return;
        }
        costs.set(shown.costs(variant.get()));
        diff.show(shown.results().variant(variant.get()).map(v -> v.comparison().diff()));
    }

    /** Opens the order with both plans and explanations. */
    public void open(DiffRow row) {
        if (row != null && replays.isPresent() && variant.get() != null) {
            detail.open(replays.get(), variant.get(), row);
        }
    }

    Optional<ResultViews> current() {
        return Optional.ofNullable(views.get());
    }

    public ReadOnlyObjectProperty<ResultViews> viewsProperty() {
        return views.getReadOnlyProperty();
    }

    public ObservableList<KpiRow> kpiRows() {
        return kpiRows;
    }

    /** The baseline's name, then each variant's: the KPI table's columns. */
    public ObservableList<String> runNames() {
        return runNames;
    }

    public ObservableList<BarGroup> kpiCharts() {
        return kpiCharts;
    }

    public ReadOnlyObjectProperty<BarGroup> utilizationByNodeProperty() {
        return byNode.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BarGroup> utilizationByTypeProperty() {
        return byType.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BarGroup> shipmentsByTypeProperty() {
        return shipmentsByType.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BarGroup> costDistributionProperty() {
        return costs.getReadOnlyProperty();
    }

    public ObservableList<String> variantNames() {
        return variantNames;
    }

    /** The variant the diff and the cost distribution show: the user's choice. */
    public ObjectProperty<String> variantProperty() {
        return variant;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public DiffViewModel diff() {
        return diff;
    }

    public OrderDetailViewModel detail() {
        return detail;
    }
}
