package io.omniroute.console.whatif;

import io.omniroute.engine.whatif.ChangeKind;
import io.omniroute.engine.whatif.DecisionDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the diff shows: every changed order, or those that changed in one way, with how many there are. */
public record KindFilter(Optional<ChangeKind> kind, long count) {

    /** "All changes", then each kind that occurs, with its count. */
    static List<KindFilter> of(DecisionDiff diff) {
        List<KindFilter> filters = new ArrayList<>();
        filters.add(new KindFilter(Optional.empty(), diff.changedOrders()));
        for (ChangeKind kind : ChangeKind.values()) {
            if (diff.count(kind) > 0) {
                filters.add(new KindFilter(Optional.of(kind), diff.count(kind)));
            }
        }
        return filters;
    }

    boolean accepts(DiffRow row) {
        return kind.isEmpty() || row.kinds().contains(kind.get());
    }

    @Override
    public String toString() {
        String name = kind.map(k -> {
            String label = DiffRow.label(k);
            return Character.toUpperCase(label.charAt(0)) + label.substring(1);
        }).orElse("All changes");
        return String.format(Locale.ROOT, "%s (%,d)", name, count);
    }
}
