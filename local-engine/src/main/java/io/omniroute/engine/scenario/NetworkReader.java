package io.omniroute.engine.scenario;

import static io.omniroute.engine.scenario.ScenarioFiles.CARRIERS;
import static io.omniroute.engine.scenario.ScenarioFiles.CARRIER_COLUMNS;
import static io.omniroute.engine.scenario.ScenarioFiles.NODES;
import static io.omniroute.engine.scenario.ScenarioFiles.NODE_COLUMNS;
import static io.omniroute.engine.scenario.ScenarioFiles.SERVICE_LEVELS;
import static io.omniroute.engine.scenario.ScenarioFiles.SERVICE_LEVEL_COLUMNS;
import static io.omniroute.engine.scenario.ScenarioFiles.SKUS;
import static io.omniroute.engine.scenario.ScenarioFiles.SKU_COLUMNS;
import static io.omniroute.engine.scenario.ScenarioFiles.ZONES;
import static io.omniroute.engine.scenario.ScenarioFiles.ZONE_COLUMNS;

import io.omniroute.engine.model.CarrierService;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.NodeType;
import io.omniroute.engine.model.ServiceLevel;
import io.omniroute.engine.model.Sku;
import io.omniroute.engine.model.Zone;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Reads the small files that describe the network: nodes, SKUs, zones, carriers and service levels. */
final class NetworkReader {

    private static final NodeType[] NODE_TYPES = NodeType.values();

    private final Path dir;
    private final Problems problems;

    private final Keys nodeIds = new Keys(NODES, "node_id");
    private final Keys skuIds = new Keys(SKUS, "sku");
    private final Keys zoneIds = new Keys(ZONES, "zone");
    private final Keys serviceLevelIds = new Keys(SERVICE_LEVELS, "service_level");
    /** Valid nodes by their number in {@link #nodeIds}; null where the row was rejected. */
    private final List<Node> nodeByIndex = new ArrayList<>();

    private final List<Node> nodes = new ArrayList<>();
    private final List<Sku> skus = new ArrayList<>();
    private final List<Zone> zones = new ArrayList<>();
    private final List<CarrierService> carriers = new ArrayList<>();
    private final List<ServiceLevel> serviceLevels = new ArrayList<>();

    private NetworkReader(Path dir, Problems problems) {
        this.dir = dir;
        this.problems = problems;
    }

    static NetworkReader read(Path dir, Problems problems) throws IOException {
        NetworkReader reader = new NetworkReader(dir, problems);
        reader.readNodes();
        reader.readSkus();
        reader.readZones();
        reader.readCarriers();
        reader.readServiceLevels();
        return reader;
    }

    private void readNodes() throws IOException {
        Optional<CsvTable> opened = CsvTable.open(dir, NODES, NODE_COLUMNS, problems);
        if (opened.isEmpty()) {
            nodeIds.markUnreadable();
            return;
        }
        try (CsvTable table = opened.get()) {
            int[] columns = columns(table, NODE_COLUMNS);
            while (table.next()) {
                int index = table.define(columns[0], nodeIds);
                Node node = node(table, columns, index < 0 ? "" : nodeIds.id(index));
                if (index >= 0) {
                    nodeByIndex.add(table.rowOk() ? node : null);
                }
                if (table.rowOk()) {
                    nodes.add(node);
                }
            }
            if (!table.readToEnd()) {
                nodeIds.markUnreadable();
            }
        }
    }

    /** Reads the rest of a node row; the result is only meaningful when the row is still ok. */
    private static Node node(CsvTable table, int[] c, String id) {
        String name = table.text(c[1]);
        Optional<NodeType> type = table.choice(c[2], NODE_TYPES);
        double lat = table.between(c[3], -90, 90);
        double lon = table.between(c[4], -180, 180);
        String zip = table.text(c[5]);
        boolean ship = table.bool(c[6]);
        boolean pickup = table.bool(c[7]);
        boolean sameDay = table.bool(c[8]);
        boolean returns = table.bool(c[9]);
        OptionalInt dailyCapacity = table.optionalIntAtLeast(c[10], 0);
        double handlingCost = table.nonNegative(c[11]);
        double pickCost = table.nonNegative(c[12]);
        int processingDays = table.intAtLeast(c[13], 0);
        List<String> tags = tags(table.text(c[14]));
        return new Node(id, name, type.orElse(NodeType.DC), lat, lon, zip, ship, pickup, sameDay, returns,
                dailyCapacity, handlingCost, pickCost, processingDays, tags);
    }

    private static List<String> tags(String text) {
        List<String> tags = new ArrayList<>();
        for (String tag : text.split(String.valueOf(ScenarioFiles.TAG_SEPARATOR), -1)) {
            if (!tag.isBlank()) {
                tags.add(tag.strip());
            }
        }
        return tags;
    }

    private void readSkus() throws IOException {
        Optional<CsvTable> opened = CsvTable.open(dir, SKUS, SKU_COLUMNS, problems);
        if (opened.isEmpty()) {
            skuIds.markUnreadable();
            return;
        }
        try (CsvTable table = opened.get()) {
            int[] c = columns(table, SKU_COLUMNS);
            while (table.next()) {
                int index = table.define(c[0], skuIds);
                String name = table.text(c[1]);
                String category = table.text(c[2]);
                double weightKg = table.nonNegative(c[3]);
                double unitPrice = table.nonNegative(c[4]);
                if (table.rowOk()) {
                    skus.add(new Sku(skuIds.id(index), name, category, weightKg, unitPrice));
                }
            }
            if (!table.readToEnd()) {
                skuIds.markUnreadable();
            }
        }
    }

    private void readZones() throws IOException {
        Optional<CsvTable> opened = CsvTable.open(dir, ZONES, ZONE_COLUMNS, problems);
        if (opened.isEmpty()) {
            zoneIds.markUnreadable();
            return;
        }
        try (CsvTable table = opened.get()) {
            int[] c = columns(table, ZONE_COLUMNS);
            int unlimitedLine = 0;
            while (table.next()) {
                int index = table.define(c[0], zoneIds);
                OptionalDouble maxKm = table.optionalPositive(c[1]);
                if (maxKm.isEmpty() && unlimitedLine > 0) {
                    table.reject(c[1], "blank, but zone on line " + unlimitedLine + " is already unlimited: at most"
                            + " one zone may have a blank max_km");
                } else if (maxKm.isEmpty()) {
                    unlimitedLine = table.line();
                }
                if (table.rowOk()) {
                    zones.add(new Zone(zoneIds.id(index), maxKm));
                }
            }
            if (!table.readToEnd()) {
                zoneIds.markUnreadable();
            }
        }
    }

    private void readCarriers() throws IOException {
        Optional<CsvTable> opened = CsvTable.open(dir, CARRIERS, CARRIER_COLUMNS, problems);
        if (opened.isEmpty()) {
            return;
        }
        try (CsvTable table = opened.get()) {
            int[] c = columns(table, CARRIER_COLUMNS);
            Map<List<String>, Integer> lineByKey = new HashMap<>();
            while (table.next()) {
                String carrier = table.key(c[0]);
                String service = table.key(c[1]);
                int zone = table.reference(c[2], zoneIds);
                double baseRate = table.nonNegative(c[3]);
                double perKg = table.nonNegative(c[4]);
                int transitDays = table.intAtLeast(c[5], 0);
                OptionalDouble maxKm = table.optionalPositive(c[6]);
                if (!table.rowOk() || zone < 0) {
                    continue;
                }
                String zoneId = zoneIds.id(zone);
                Integer earlier = lineByKey.putIfAbsent(List.of(carrier, service, zoneId), table.line());
                if (earlier != null) {
                    table.reject("carrier+service+zone", "duplicate " + carrier + "+" + service + "+" + zoneId
                            + ": already on line " + earlier);
                } else {
                    carriers.add(new CarrierService(carrier, service, zoneId, baseRate, perKg, transitDays, maxKm));
                }
            }
        }
    }

    private void readServiceLevels() throws IOException {
        Optional<CsvTable> opened = CsvTable.open(dir, SERVICE_LEVELS, SERVICE_LEVEL_COLUMNS, problems);
        if (opened.isEmpty()) {
            serviceLevelIds.markUnreadable();
            return;
        }
        try (CsvTable table = opened.get()) {
            int[] c = columns(table, SERVICE_LEVEL_COLUMNS);
            while (table.next()) {
                int index = table.define(c[0], serviceLevelIds);
                int maxDays = table.intAtLeast(c[1], 0);
                if (table.rowOk()) {
                    serviceLevels.add(new ServiceLevel(serviceLevelIds.id(index), maxDays));
                }
            }
            if (!table.readToEnd()) {
                serviceLevelIds.markUnreadable();
            }
        }
    }

    static int[] columns(CsvTable table, List<String> names) {
        int[] columns = new int[names.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = table.column(names.get(i));
        }
        return columns;
    }

    Keys nodeIds() {
        return nodeIds;
    }

    /** The node with this number in {@link #nodeIds()}, or empty when its row was rejected. */
    Optional<Node> node(int index) {
        return index < nodeByIndex.size() ? Optional.ofNullable(nodeByIndex.get(index)) : Optional.empty();
    }

    Keys skuIds() {
        return skuIds;
    }

    Keys serviceLevelIds() {
        return serviceLevelIds;
    }

    List<Node> nodes() {
        return nodes;
    }

    List<Sku> skus() {
        return skus;
    }

    List<Zone> zones() {
        return zones;
    }

    List<CarrierService> carriers() {
        return carriers;
    }

    List<ServiceLevel> serviceLevels() {
        return serviceLevels;
    }
}
