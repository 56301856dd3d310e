package io.omniroute.console.inventory;

import io.omniroute.cache.NodeRow;
import io.omniroute.cache.PositionRow;
import io.omniroute.cache.SkuRow;
import io.omniroute.console.model.NetworkCatalog;
import io.omniroute.console.model.PositionTable;
import io.omniroute.console.model.ZipDirectory;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * A small network for inventory tests: four nodes in four states and three SKUs, one with a comma and a quote in
 * its name. Positions are added in an order unlike any sort, so sorting is really tested.
 */
final class TestNetwork {

    static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    /** 24 hours before {@link #NOW}: updates before it are stale. */
    static final long STALE_BEFORE = NOW.getEpochSecond() - 24 * 3600;
    static final Instant FRESH = NOW.minusSeconds(3600);
    static final Instant OLD = NOW.minusSeconds(48 * 3600);

    static final List<NodeRow> NODES = List.of(
            node("DC-001", "Omniroute DC Dallas", "DC", 32.7046, -96.8725, "75233"),
            node("ST-002", "Store Manhattan", "STORE", 40.7484, -73.9967, "10001"),
            node("DS-003", "Dark Store Chicago", "DARK_STORE", 41.8858, -87.6181, "60601"),
            node("ST-004", "Store Boston", "STORE", 42.3576, -71.0684, "02108"));

    static final List<SkuRow> SKUS = List.of(
            new SkuRow("SKU-1", "Mug, blue", "kitchen", 12.5),
            new SkuRow("SKU-2", "desk \"Pro\" lamp", "home", 39.99),
            new SkuRow("SKU-3", "Alpine Tent", "outdoor", 199.0));

    private TestNetwork() {
    }

    static NetworkCatalog catalog() {
        return NetworkCatalog.of(NODES, SKUS, ZipDirectory.bundled());
    }

    /**
     * Rows, in insertion order: 0 ST-004/SKU-2 atp 9, 1 DC-001/SKU-3 atp 0, 2 ST-002/SKU-1 atp 3 (old),
     * 3 DC-001/SKU-1 atp 3, 4 DS-003/SKU-2 atp 40, 5 ST-002/SKU-3 atp 3 (unknown age), 6 DC-001/SKU-2 atp 120.
     */
    static PositionTable table() {
        PositionTable table = PositionTable.withCapacity(16);
        table.upsert(List.of(
                position("ST-004", "SKU-2", 9, FRESH),
                position("DC-001", "SKU-3", 0, FRESH),
                position("ST-002", "SKU-1", 3, OLD),
                position("DC-001", "SKU-1", 3, FRESH),
                position("DS-003", "SKU-2", 40, FRESH),
                position("ST-002", "SKU-3", 3, Instant.EPOCH),
                position("DC-001", "SKU-2", 120, FRESH.minusSeconds(60))));
        return table;
    }

    /** A position whose on hand is ATP + 7, with safety stock 2 and 5 reserved. */
    static PositionRow position(String node, String sku, int atp, Instant updated) {
        return new PositionRow(node, sku, atp + 7, 5, 2, atp, updated);
    }

    static NodeRow node(String id, String name, String type, double lat, double lon, String zip) {
        return new NodeRow(id, name, type, lat, lon, zip, true, type.equals("STORE"), false, true, OptionalInt.empty(),
                1, List.of());
    }
}
