package io.omniroute.engine.scenario;

import io.omniroute.engine.model.CarrierService;
import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.NodeType;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.model.ServiceLevel;
import io.omniroute.engine.model.Sku;
import io.omniroute.engine.model.Zone;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** A two-node scenario as folder text and as the records it must read into; tests change one file at a time. */
final class TinyScenario {

    private final Map<String, String> files = new LinkedHashMap<>();

    private TinyScenario() {
        files.put("nodes.csv", """
                node_id,name,type,lat,lon,zip,ship,pickup,same_day,returns,daily_capacity,handling_cost,pick_cost,processing_days,tags
                DC-1,East DC,DC,40.7128,-74.006,10001,true,false,false,true,,2.5,0.1,1,east;bulk
                ST-1,Main St Store,STORE,40.73,-73.99,10003,true,TRUE,True,false,200,1.25,0.3,0,
                """);
        files.put("skus.csv", """
                sku,name,category,weight_kg,unit_price
                SKU-1,Blue Mug,kitchen,0.4,12.5
                SKU-2,Desk Lamp,home,1.2,39.99
                """);
        files.put("inventory.csv", """
                node_id,sku,on_hand,safety_stock
                DC-1,SKU-1,100,5
                DC-1,SKU-2,20,2
                ST-1,SKU-1,3,1
                """);
        files.put("zones.csv", """
                zone,max_km
                Z1,150
                Z2,600
                Z3,
                """);
        files.put("carriers.csv", """
                carrier,service,zone,base_rate,per_kg,transit_days,max_km
                UPS,GROUND,Z1,6.5,0.5,2,
                UPS,GROUND,Z3,11,0.9,5,4000
                """);
        files.put("service_levels.csv", """
                service_level,max_days
                STANDARD,5
                SAME_DAY,0
                """);
        files.put("orders.csv", """
                order_id,created_at,channel,fulfillment,service_level,lat,lon,zip,pickup_node_id,customer_name
                O-1,2026-03-02T08:15:00Z,WEB,SHIP,STANDARD,42.36,-71.06,02108,,Ada Lovelace
                O-2,2026-03-02T09:00:00Z,APP,PICKUP,SAME_DAY,40.73,-73.99,10003,ST-1,
                """);
        files.put("order_lines.csv", """
                order_id,line_no,sku,qty
                O-1,2,SKU-2,1
                O-1,1,SKU-1,2
                O-2,1,SKU-1,1
                """);
    }

    static TinyScenario valid() {
        return new TinyScenario();
    }

    /** The records the valid folder reads into (order lines sorted by line_no). */
    static Scenario expected() {
        List<Node> nodes = List.of(
                new Node("DC-1", "East DC", NodeType.DC, 40.7128, -74.006, "10001", true, false, false, true,
                        OptionalInt.empty(), 2.5, 0.1, 1, List.of("east", "bulk")),
                new Node("ST-1", "Main St Store", NodeType.STORE, 40.73, -73.99, "10003", true, true, true, false,
                        OptionalInt.of(200), 1.25, 0.3, 0, List.of()));
        List<Sku> skus = List.of(
                new Sku("SKU-1", "Blue Mug", "kitchen", 0.4, 12.5),
                new Sku("SKU-2", "Desk Lamp", "home", 1.2, 39.99));
        List<InventoryPosition> inventory = List.of(
                new InventoryPosition("DC-1", "SKU-1", 100, 5),
                new InventoryPosition("DC-1", "SKU-2", 20, 2),
                new InventoryPosition("ST-1", "SKU-1", 3, 1));
        List<Zone> zones = List.of(new Zone("Z1", OptionalDouble.of(150)), new Zone("Z2", OptionalDouble.of(600)),
                new Zone("Z3", OptionalDouble.empty()));
        List<CarrierService> carriers = List.of(
                new CarrierService("UPS", "GROUND", "Z1", 6.5, 0.5, 2, OptionalDouble.empty()),
                new CarrierService("UPS", "GROUND", "Z3", 11, 0.9, 5, OptionalDouble.of(4000)));
        List<ServiceLevel> serviceLevels = List.of(new ServiceLevel("STANDARD", 5), new ServiceLevel("SAME_DAY", 0));
        List<Order> orders = List.of(
                new Order("O-1", Instant.parse("2026-03-02T08:15:00Z"), "WEB", Fulfillment.SHIP, "STANDARD", 42.36,
                        -71.06, "02108", Optional.empty(), "Ada Lovelace",
                        List.of(new OrderLine(1, "SKU-1", 2), new OrderLine(2, "SKU-2", 1))),
                new Order("O-2", Instant.parse("2026-03-02T09:00:00Z"), "APP", Fulfillment.PICKUP, "SAME_DAY", 40.73,
                        -73.99, "10003", Optional.of("ST-1"), "", List.of(new OrderLine(1, "SKU-1", 1))));
        return new Scenario(nodes, skus, inventory, zones, carriers, serviceLevels, orders, Optional.empty());
    }

    /** Replaces a whole file's text. */
    TinyScenario with(String file, String text) {
        files.put(file, text);
        return this;
    }

    /** Replaces one physical line (1 is the header) of a file. */
    TinyScenario withLine(String file, int line, String text) {
        List<String> lines = lines(file);
        lines.set(line - 1, text);
        return with(file, String.join("\n", lines) + "\n");
    }

    /** Appends a row to a file. */
    TinyScenario withRow(String file, String row) {
        return with(file, files.get(file) + row + "\n");
    }

    TinyScenario without(String file) {
        files.remove(file);
        return this;
    }

    String text(String file) {
        return files.get(file);
    }

    Path writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> lines(String file) {
        return new ArrayList<>(files.get(file).lines().toList());
    }
}
