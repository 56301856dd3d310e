package io.omniroute.console.store;

import io.omniroute.cache.PickupRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a picker walks the shop floor with: every unit still to pick of the chosen orders, one line per order line,
 * in shelf order where the backend names a bin or aisle, else by SKU (so the same item is picked once for all).
 */
public record PickList(String storeId, String storeName, Instant createdAt, List<Line> lines) {

    /** Lines with a place first, in the order of their places ("aisle 2" before "aisle 10"); then by SKU. */
    static final Comparator<PickupRow.Line> SHELF_ORDER = Comparator
            .comparing((PickupRow.Line line) -> line.location().isEmpty())
            .thenComparing(line -> line.location().orElse(""), NaturalOrder.INSTANCE)
            .thenComparing(PickupRow.Line::sku)
            .thenComparingInt(PickupRow.Line::lineNo);

    public PickList {
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(storeName, "storeName");
        Objects.requireNonNull(createdAt, "createdAt");
        lines = List.copyOf(lines);
    }

    /** One order line to pick; {@code qty} is the units held and not yet ready. */
    public record Line(String orderId, String customerName, int qty, String sku, String skuName,
            Optional<String> location) {
    }

    static PickList of(String storeId, String storeName, List<PickupRow> pickups, Function<String, String> skuName,
            Instant now) {
        record Entry(PickupRow pickup, PickupRow.Line line) {
        }
        List<Entry> entries = new ArrayList<>();
        for (PickupRow pickup : pickups) {
            pickup.lines().stream().filter(line -> line.toPickQty() > 0)
                    .forEach(line -> entries.add(new Entry(pickup, line)));
        }
        entries.sort(Comparator.comparing(Entry::line, SHELF_ORDER)
                .thenComparing(entry -> entry.pickup().orderId()));
        List<Line> lines = entries.stream().map(entry -> new Line(entry.pickup().orderId(),
                entry.pickup().customerName(), entry.line().toPickQty(), entry.line().sku(),
                skuName.apply(entry.line().sku()), entry.line().location())).toList();
        return new PickList(storeId, storeName, now, lines);
    }

    public int units() {
        return lines.stream().mapToInt(Line::qty).sum();
    }

    public long orders() {
        return lines.stream().map(Line::orderId).distinct().count();
    }
}
