package io.omniroute.report;

import io.omniroute.engine.scenario.CsvWriter;
import io.omniroute.engine.whatif.ChangeKind;
import io.omniroute.engine.whatif.DecisionDiff;
import io.omniroute.engine.whatif.OrderChange;
import io.omniroute.engine.whatif.OrderOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * diff.csv: one row per changed order, in the baseline's processing order, then the orders only the variant has.
 * Nodes are joined by ';' in the order of shipments.csv; a side the order is missing from is blank.
 */
public final class CompareDiffCsv {

    public static final String[] HEADER = {"order_id", "old_nodes", "new_nodes", "old_shipments", "new_shipments",
        "old_cost", "new_cost", "cost_delta", "old_promised_days", "new_promised_days", "change_kinds"};

    private CompareDiffCsv() {
    }

    public static void write(DecisionDiff diff, Path file) throws IOException {
        try (CsvWriter csv = CsvWriter.open(file)) {
            csv.header(HEADER);
            for (OrderChange change : diff.changes()) {
                csv.field(change.orderId());
                text(csv, change.before(), o -> String.join(";", o.nodeIds()));
                text(csv, change.after(), o -> String.join(";", o.nodeIds()));
                text(csv, change.before(), o -> String.valueOf(o.shipments()));
                text(csv, change.after(), o -> String.valueOf(o.shipments()));
                cost(csv, change.before());
                cost(csv, change.after());
                csv.field(change.costDelta(), 4);
                text(csv, change.before(), CompareDiffCsv::promise);
                text(csv, change.after(), CompareDiffCsv::promise);
                csv.field(change.kinds().stream().sorted().map(ChangeKind::name).collect(Collectors.joining(";")));
                csv.endRow();
            }
        }
    }

    private static void text(CsvWriter csv, Optional<OrderOutcome> side, Function<OrderOutcome, String> value)
            throws IOException {
        if (side.isPresent()) {
            csv.field(value.apply(side.get()));
        } else {
            csv.blank();
        }
    }

    private static void cost(CsvWriter csv, Optional<OrderOutcome> side) throws IOException {
        if (side.isPresent()) {
            csv.field(side.get().cost(), 4);
        } else {
            csv.blank();
        }
    }

    private static String promise(OrderOutcome outcome) {
        return outcome.promisedDays().isPresent() ? String.valueOf(outcome.promisedDays().getAsInt()) : "";
    }
}
