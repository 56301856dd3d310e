package io.omniroute.engine.scenario;

import static io.omniroute.engine.scenario.ScenarioFiles.TAG_SEPARATOR;

import io.omniroute.engine.model.CarrierService;
import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.model.ServiceLevel;
import io.omniroute.engine.model.Sku;
import io.omniroute.engine.model.Zone;
import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.rules.RulesWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Writes a scenario as a folder that {@link ScenarioReader} reads back to an equal scenario
 * (docs/scenario-format.md).
 *
 * <p>A failed write must not leave a folder that looks like a scenario but is half written. Files are first written
 * into a hidden sibling folder; when the target does not exist that folder is renamed into place in one step. When
 * it does exist (it may hold other files, such as simulation results), each scenario file replaces its old version
 * by an atomic rename, and a stale rules.yaml is removed when the scenario has no rules.
 *
 * <p>inventory.csv is written on a second thread while the other files are written, since it and the orders are
 * most of the output.
 */
public final class ScenarioWriter {

    private ScenarioWriter() {
    }

    public static void write(Scenario scenario, Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException("cannot write a scenario to " + dir + ": it needs a parent folder");
        }
        Files.createDirectories(parent);
        Path staging = parent.resolve("." + target.getFileName() + ".writing-" + System.nanoTime());
        Files.createDirectory(staging);
        try {
            List<String> written = writeFiles(scenario, staging);
            FolderMoves.moveIntoPlace(staging, target, written, ScenarioFiles.RULES);
        } finally {
            FolderMoves.deleteQuietly(staging);
        }
    }

    private static List<String> writeFiles(Scenario scenario, Path dir) throws IOException {
        List<String> written = new ArrayList<>(ScenarioFiles.REQUIRED);
        SideTask<Void> inventoryTask = SideTask.start("scenario-inventory-writer", () -> {
            writeInventory(scenario.inventory(), dir.resolve(ScenarioFiles.INVENTORY));
            return null;
        });
        try {
            writeNodes(scenario.nodes(), dir.resolve(ScenarioFiles.NODES));
            writeSkus(scenario.skus(), dir.resolve(ScenarioFiles.SKUS));
            writeZones(scenario.zones(), dir.resolve(ScenarioFiles.ZONES));
            writeCarriers(scenario.carriers(), dir.resolve(ScenarioFiles.CARRIERS));
            writeServiceLevels(scenario.serviceLevels(), dir.resolve(ScenarioFiles.SERVICE_LEVELS));
            writeOrders(scenario.orders(), dir.resolve(ScenarioFiles.ORDERS));
            writeOrderLines(scenario.orders(), dir.resolve(ScenarioFiles.ORDER_LINES));
            inventoryTask.await();
        } finally {
            inventoryTask.cancelAndWait();
        }
        if (scenario.rules().isPresent()) {
            writeRules(scenario.rules().get(), dir.resolve(ScenarioFiles.RULES));
            written.add(ScenarioFiles.RULES);
        }
        return written;
    }

    private static void writeNodes(List<Node> nodes, Path file) throws IOException {
        try (CsvWriter csv = CsvWriter.open(file)) {
            csv.header(ScenarioFiles.NODE_COLUMNS);
            for (Node node : nodes) {
                csv.field(node.id()).field(node.name()).field(node.type().name())
                        .field(node.lat()).field(node.lon()).field(node.zip())
                        .field(node.ship()).field(node.pickup()).field(node.sameDay()).field(node.returns());
                optional(csv, node.dailyCapacity());
                csv.field(node.handlingCost()).field(node.pickCost()).field(node.processingDays())
                        .field(tags(node)).endRow();
            }
        }
    }

    /** Tags share one field, so a tag that holds the separator or blanks would not read back the same. */
    private static String tags(Node node) {
        for (String tag : node.tags()) {
            if (tag.isBlank() || tag.indexOf(TAG_SEPARATOR) >= 0 || !tag.equals(tag.strip())) {
                throw new IllegalArgumentException("node " + node.id() + " has tag \"" + tag + "\": tags must be"
                        + " non-blank, without surrounding spaces and without '" + TAG_SEPARATOR + "'");
            }
        }
        return String.join(String.valueOf(TAG_SEPARATOR), node.tags());
    }

    private static void writeSkus(List<Sku> skus, Path file) throws IOException {
        try (CsvWriter csv = CsvWriter.open(file)) {
            csv.header(ScenarioFiles.SKU_COLUMNS);
            for (Sku sku : skus) {
                csv.field(sku.sku()).field(sku.name()).field(sku.category()).field(sku.weightKg())
                        .field(sku.unitPrice()).endRow();
            }
        }
    }

    private static void writeInventory(List<InventoryPosition> inventory, Path file) throws IOException {
        try (CsvWriter csv = CsvWriter.open(file)) {
            csv.header(ScenarioFiles.INVENTORY_COLUMNS);
            for (InventoryPosition position : inventory) {
                csv.field(position.nodeId()).field(position.sku()).field(position.onHand())
                        .field(position.safetyStock()).endRow();
            }
        }
    }

    private static void writeZones(List<Zone> zones, Path file) throws IOException {
        try (CsvWriter csv = CsvWriter.open(file)) {
            csv.header(ScenarioFiles.ZONE_COLUMNS);
            for (Zone zone : zones) {
                optional(csv.field(zone.zone()), zone.maxKm());
                csv.endRow();
            }
        }
    }

    private static void writeCarriers(List<CarrierService> carriers, Path file) throws IOException {
        try (CsvWriter csv = CsvWriter.open(file)) {
            csv.header(ScenarioFiles.CARRIER_COLUMNS);
            for (CarrierService carrier : carriers) {
                csv.field(carrier.carrier()).field(carrier.service()).field(carrier.zone())
                        .field(carrier.baseRate()).field(carrier.perKg()).field(carrier.transitDays());
                optional(csv, carrier.maxKm());
                csv.endRow();
            }
        }
    }

    private static void writeServiceLevels(List<ServiceLevel> serviceLevels, Path file) throws IOException {
        try (CsvWriter csv = CsvWriter.open(file)) {
            csv.header(ScenarioFiles.SERVICE_LEVEL_COLUMNS);
            for (ServiceLevel level : serviceLevels) {
                csv.field(level.name()).field(level.maxDays()).endRow();
            }
        }
    }

    private static void writeOrders(List<Order> orders, Path file) throws IOException {
        try (CsvWriter csv = CsvWriter.open(file)) {
            List<String> columns = new ArrayList<>(ScenarioFiles.ORDER_COLUMNS);
            columns.add(ScenarioFiles.CUSTOMER_NAME);
            csv.header(columns);
            for (Order order : orders) {
                csv.field(order.orderId()).field(order.createdAt().toString()).field(order.channel())
                        .field(order.fulfillment().name()).field(order.serviceLevel())
                        .field(order.lat()).field(order.lon()).field(order.zip())
                        .field(order.pickupNodeId().orElse("")).field(order.customerName()).endRow();
            }
        }
    }

    private static void writeOrderLines(List<Order> orders, Path file) throws IOException {
        try (CsvWriter csv = CsvWriter.open(file)) {
            csv.header(ScenarioFiles.ORDER_LINE_COLUMNS);
            for (Order order : orders) {
                for (OrderLine line : order.lines()) {
                    csv.field(order.orderId()).field(line.lineNo()).field(line.sku()).field(line.qty()).endRow();
                }
            }
        }
    }

    private static void writeRules(RuleSet rules, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            RulesWriter.write(rules, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static CsvWriter optional(CsvWriter csv, OptionalInt value) throws IOException {
        return value.isPresent() ? csv.field(value.getAsInt()) : csv.blank();
    }

    private static CsvWriter optional(CsvWriter csv, OptionalDouble value) throws IOException {
        return value.isPresent() ? csv.field(value.getAsDouble()) : csv.blank();
    }
}
