package io.omniroute.console.store;

import io.omniroute.cache.NodeRow;
import io.omniroute.cache.PickupRow;
import io.omniroute.cache.SkuRow;
import io.omniroute.console.model.NetworkCatalog;
import io.omniroute.console.model.ZipDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Pickup rows for the store queue's tests, built field by field from sensible defaults. */
final class Pickups {

    /** A Monday at 12:00 UTC, the tests' clock. */
    static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    private final String orderId;
    private String nodeId = "ST-1";
    private String status = "NEW";
    private String customer = "Ana Lima";
    private Instant readyBy = NOW.plusSeconds(2 * 3600);
    private final double value = 42.5;
    private Optional<Instant> readyAt = Optional.empty();
    private final List<PickupRow.Line> lines = new ArrayList<>();
    private final String channel = "web";
    private long version = 1;
    private int pending;

    private Pickups(String orderId) {
        this.orderId = orderId;
    }

    static Pickups pickup(String orderId) {
        return new Pickups(orderId);
    }

    Pickups at(String node) {
        this.nodeId = node;
        return this;
    }

    Pickups status(String newStatus) {
        this.status = newStatus;
        return this;
    }

    Pickups customer(String name) {
        this.customer = name;
        return this;
    }

    Pickups readyBy(Instant time) {
        this.readyBy = time;
        return this;
    }

    Pickups readyAt(Instant time) {
        this.readyAt = Optional.of(time);
        return this;
    }

    Pickups version(long newVersion) {
        this.version = newVersion;
        return this;
    }

    Pickups pending(int count) {
        this.pending = count;
        return this;
    }

    Pickups line(int lineNo, String sku, int qty) {
        return line(lineNo, sku, qty, 0, 0);
    }

    Pickups line(int lineNo, String sku, int qty, int readyQty, int rejectedQty) {
        lines.add(new PickupRow.Line(lineNo, sku, qty, readyQty, rejectedQty, Optional.empty()));
        return this;
    }

    Pickups lineAt(int lineNo, String sku, int qty, String location) {
        lines.add(new PickupRow.Line(lineNo, sku, qty, 0, 0, Optional.of(location)));
        return this;
    }

    PickupRow build() {
        List<PickupRow.Line> all = lines.isEmpty()
                ? List.of(new PickupRow.Line(1, "SKU-1", 1, 0, 0, Optional.empty())) : lines;
        return new PickupRow(orderId, nodeId, status, customer, readyBy, value, readyAt, all, channel, version,
                pending);
    }

    /** Two pickup stores, ST-1 and ST-2, a DC that takes no pickups, and three SKUs. */
    static NetworkCatalog catalog() {
        List<NodeRow> nodes = List.of(
                node("DC-1", "Dallas DC", "DC", false),
                node("ST-1", "LA Store", "STORE", true),
                node("ST-2", "Chicago Store", "STORE", true));
        List<SkuRow> skus = List.of(new SkuRow("SKU-1", "Desk lamp", "home", 20),
                new SkuRow("SKU-2", "Alpine tent", "outdoor", 120), new SkuRow("SKU-3", "Water bottle", "outdoor", 8));
        return NetworkCatalog.of(nodes, skus, ZipDirectory.bundled());
    }

    private static NodeRow node(String id, String name, String type, boolean pickup) {
        return new NodeRow(id, name, type, 34.0, -118.0, "90012", true, pickup, false, true, OptionalInt.empty(), 1,
                List.of());
    }
}
