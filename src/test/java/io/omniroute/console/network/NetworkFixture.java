package io.omniroute.console.network;

import io.omniroute.cache.NodeRow;
import io.omniroute.cache.PositionRow;
import io.omniroute.cache.SkuRow;
import io.omniroute.console.model.NetworkCatalog;
import io.omniroute.console.model.PositionTable;
import io.omniroute.console.model.ZipDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A small network for the screen's tests: nodes in real ZIPs (so they get a city and state), their positions,
 * today's shipments, and one tiny state outline, all changeable between refreshes.
 */
final class NetworkFixture {

    static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    final List<NodeRow> nodes = new ArrayList<>();
    final List<SkuRow> skus = new ArrayList<>();
    final PositionTable positions = PositionTable.withCapacity(64);
    final Map<String, Integer> shipments = new HashMap<>();
    Duration staleAfter = Duration.ofHours(24);
    private NetworkCatalog catalog = NetworkCatalog.empty();

    /** DC-1 Dallas (cap 100), ST-1 Los Angeles store (unlimited), ST-2 Chicago store (cap 10), DK-1 New York. */
    static NetworkFixture standard() {
        NetworkFixture fixture = new NetworkFixture();
        fixture.node("DC-1", "Dallas DC", "DC", 32.78, -96.80, "75201", OptionalInt.of(100), List.of("hub"));
        fixture.node("ST-1", "LA Store", "STORE", 34.05, -118.24, "90012", OptionalInt.empty(), List.of());
        fixture.node("ST-2", "Chicago Store", "STORE", 41.88, -87.63, "60601", OptionalInt.of(10), List.of());
        fixture.node("DK-1", "NYC Dark Store", "DARK_STORE", 40.75, -73.99, "10001", OptionalInt.of(40),
                List.of());
        fixture.sku("SKU-A", "Alpha");
        fixture.sku("SKU-B", "Bravo");
        fixture.sku("SKU-C", "Charlie");
        fixture.position("DC-1", "SKU-A", 500, 20, NOW.minus(Duration.ofHours(2)));
        fixture.position("DC-1", "SKU-B", 300, 0, NOW.minus(Duration.ofHours(3)));
        fixture.position("DC-1", "SKU-C", 0, 0, NOW.minus(Duration.ofHours(1)));
        fixture.position("ST-1", "SKU-A", 12, 2, NOW.minus(Duration.ofDays(3)));
        fixture.position("ST-2", "SKU-B", 40, 5, NOW.minus(Duration.ofMinutes(30)));
        fixture.shipments.put("DC-1", 30);
        fixture.shipments.put("ST-2", 9);
        fixture.publish();
        return fixture;
    }

    void node(String id, String name, String type, double lat, double lon, String zip, OptionalInt capacity,
            List<String> tags) {
        nodes.removeIf(node -> node.id().equals(id));
        nodes.add(new NodeRow(id, name, type, lat, lon, zip, true, type.equals("STORE"), type.equals("DARK_STORE"),
                type.equals("STORE"), capacity, 1, tags));
    }

    void sku(String id, String name) {
        skus.add(new SkuRow(id, name, "test", 1.0));
    }

    /** Upserts one position (ATP = on hand − reserved) and returns its row numbers, as a sync would report. */
    int[] position(String nodeId, String sku, int onHand, int reserved, Instant updatedAt) {
        return positions.upsert(List.of(new PositionRow(nodeId, sku, onHand, reserved, 0, onHand - reserved,
                updatedAt)));
    }

    /** Makes the node and SKU lists the catalog the screen reads next. */
    void publish() {
        catalog = NetworkCatalog.of(nodes, skus, ZipDirectory.bundled());
    }

    NetworkCatalog catalog() {
        return catalog;
    }

    NetworkSources sources() {
        return new NetworkSources(this::catalog, positions, day -> Map.copyOf(shipments), NetworkFixture::tinyOutlines,
                Clock.fixed(NOW, ZoneOffset.UTC), () -> staleAfter, Duration.ZERO);
    }

    static StateOutlines tinyOutlines() {
        String json = """
                {"type":"FeatureCollection","features":[{"type":"Feature","id":"49","properties":{"name":"Utah"},
                 "geometry":{"type":"Polygon",
                  "coordinates":[[[-114,42],[-111,42],[-109,37],[-114,37],[-114,42]]]}}]}""";
        try {
            return StateOutlines.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "tiny");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
