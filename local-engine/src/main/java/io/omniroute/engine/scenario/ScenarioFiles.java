package io.omniroute.engine.scenario;

import java.util.List;

/**
 * The files of a scenario folder and their columns, in the order ScenarioWriter writes them
 * (docs/scenario-format.md).
 */
final class ScenarioFiles {

    static final String NODES = "nodes.csv";
    static final String SKUS = "skus.csv";
    static final String INVENTORY = "inventory.csv";
    static final String ZONES = "zones.csv";
    static final String CARRIERS = "carriers.csv";
    static final String SERVICE_LEVELS = "service_levels.csv";
    static final String ORDERS = "orders.csv";
    static final String ORDER_LINES = "order_lines.csv";
    static final String RULES = "rules.yaml";

    static final List<String> NODE_COLUMNS = List.of("node_id", "name", "type", "lat", "lon", "zip", "ship", "pickup",
            "same_day", "returns", "daily_capacity", "handling_cost", "pick_cost", "processing_days", "tags");
    static final List<String> SKU_COLUMNS = List.of("sku", "name", "category", "weight_kg", "unit_price");
    static final List<String> INVENTORY_COLUMNS = List.of("node_id", "sku", "on_hand", "safety_stock");
    static final List<String> ZONE_COLUMNS = List.of("zone", "max_km");
    static final List<String> CARRIER_COLUMNS =
            List.of("carrier", "service", "zone", "base_rate", "per_kg", "transit_days", "max_km");
    static final List<String> SERVICE_LEVEL_COLUMNS = List.of("service_level", "max_days");
    /** Required order columns; the optional customer_name follows them when written. */
    static final List<String> ORDER_COLUMNS = List.of("order_id", "created_at", "channel", "fulfillment",
            "service_level", "lat", "lon", "zip", "pickup_node_id");
    static final String CUSTOMER_NAME = "customer_name";
    static final List<String> ORDER_LINE_COLUMNS = List.of("order_id", "line_no", "sku", "qty");

    /** Every file a scenario folder must hold, in the order they are written. */
    static final List<String> REQUIRED = List.of(
            NODES, SKUS, INVENTORY, ZONES, CARRIERS, SERVICE_LEVELS, ORDERS, ORDER_LINES);

    /** Separates a node's tags inside the one tags field. */
    static final char TAG_SEPARATOR = ';';

    private ScenarioFiles() {
    }
}
