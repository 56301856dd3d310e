package io.omniroute.console.whatif;

import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import io.omniroute.engine.whatif.DecisionDiff;
import io.omniroute.engine.whatif.OrderChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The decision diff of one variant: every order whose plan changed, filtered by how it changed and by order or
 * node id. Rows are built off the FX thread and handed over as a ready list; the newest filter wins.
 */
public final class DiffViewModel {

    /** More rows than this no one scrolls through; the count says how many the filter matched. */
    static final int MAX_ROWS = 50_000;

    private final TaskExecutor executor;
    private final ObservableList<KindFilter> filters = FXCollections.observableArrayList();
    private final ObjectProperty<KindFilter> filter = new SimpleObjectProperty<>(this, "filter");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<DiffRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private Optional<DecisionDiff> diff = Optional.empty();
    private long compared;
    private long ticket;

    DiffViewModel(TaskExecutor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
        filter.addListener((observable, before, now) -> refilter());
        search.addListener((observable, before, now) -> refilter());
    }

    /** Shows this diff (empty: none), keeping the chosen kind when the new diff has it. */
    void show(Optional<DecisionDiff> newDiff) {
        diff = newDiff;
        compared = newDiff.map(DecisionDiff::comparedOrders).orElse(0L);
        KindFilter kept = filter.get();
        List<KindFilter> fresh = newDiff.map(KindFilter::of).orElse(List.of());
        filters.setAll(fresh);
        KindFilter chosen = fresh.stream().filter(f -> kept != null && f.kind().equals(kept.kind())).findFirst()
                .orElse(fresh.isEmpty() ? null : fresh.get(0));
        if (Objects.equals(chosen, filter.get())) {
            refilter();
        } else {
            filter.set(chosen);
        }
    }

    private void refilter() {
        long mine = ++ticket;
        if (diff.isEmpty()) {
            rows.clear();
            count.set("");
            return;
        }
        DecisionDiff current = diff.get();
        KindFilter kind = filter.get() == null ? new KindFilter(Optional.empty(), current.changedOrders())
                : filter.get();
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        executor.execute(BackgroundTask.of("filtering the decision diff", () -> filtered(current, kind, text))
                .onSuccess(found -> {
                    if (mine == ticket) {
                        rows.setAll(found.rows());
                        count.set(describe(found.matched(), current.changedOrders()));
                    }
                }));
    }

    private record Found(List<DiffRow> rows, long matched) {
    }

    private static Found filtered(DecisionDiff diff, KindFilter kind, String text) {
        List<DiffRow> kept = new ArrayList<>();
        long matched = 0;
        for (OrderChange change : diff.changes()) {
            if (kind.kind().isPresent() && !change.kinds().contains(kind.kind().get())) {
                continue;
            }
            DiffRow row = DiffRow.of(change);
            if (row.matches(text)) {
                matched++;
                if (kept.size() < MAX_ROWS) {
                    kept.add(row);
                }
            }
        }
        return new Found(kept, matched);
    }

    private String describe(long matched, long changed) {
        String shown = matched > MAX_ROWS ? String.format(Locale.ROOT, " (the first %,d shown: narrow the filter)",
                MAX_ROWS) : "";
        return String.format(Locale.ROOT, "%,d of %,d changed orders%s · %,d orders compared", matched, changed,
                shown, compared);
    }

    public ObservableList<KindFilter> filters() {
        return filters;
    }

    /** How the orders shown changed: the user's choice. */
    public ObjectProperty<KindFilter> filterProperty() {
        return filter;
    }

    /** Part of an order id or node id: the user's input. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The changed orders the filter keeps, in the baseline's processing order; replaced whole. */
    public ObservableList<DiffRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
