package io.omniroute.engine.simulation;

import io.omniroute.engine.model.Order;
import io.omniroute.engine.scenario.CsvWriter;
import io.omniroute.engine.scenario.FolderMoves;
import io.omniroute.engine.sourcing.LineException;
import io.omniroute.engine.sourcing.Shipment;
import io.omniroute.engine.sourcing.ShipmentLine;
import io.omniroute.engine.sourcing.SourcingDecision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a simulation and writes its result files: allocations.csv, shipments.csv, exceptions.csv and kpis.json.
 * The files are streamed into a hidden sibling folder and moved into place only once all four are complete, and
 * the target is checked before any work, so a failed run leaves no half-written result.
 */
public final class SimulationOutput {

    public static final String ALLOCATIONS = "allocations.csv";
    public static final String SHIPMENTS = "shipments.csv";
    public static final String EXCEPTIONS = "exceptions.csv";
    public static final String KPIS = "kpis.json";

    private static final List<String> FILES = List.of(ALLOCATIONS, SHIPMENTS, EXCEPTIONS, KPIS);

    private SimulationOutput() {
    }

    public static Kpis write(Simulator simulator, Path outDir, ProgressListener progress) throws IOException {
        return write(simulator, outDir, progress, (order, decision) -> { });
    }

    /** As {@link #write(Simulator, Path, ProgressListener)}, also telling {@code also} each decision once written. */
    public static Kpis write(Simulator simulator, Path outDir, ProgressListener progress, SimulationListener also)
            throws IOException {
        Path target = outDir.toAbsolutePath().normalize();
        FolderMoves.requireWritable(target, FILES);
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".partial-");
        try {
            Kpis kpis = writeAll(simulator, partial, progress, also);
            FolderMoves.moveIntoPlace(partial, target, FILES, null);
            return kpis;
        } finally {
            FolderMoves.deleteQuietly(partial);
        }
    }

    private static Kpis writeAll(Simulator simulator, Path folder, ProgressListener progress,
            SimulationListener also) throws IOException {
        Kpis kpis;
        try (CsvWriter allocations = CsvWriter.open(folder.resolve(ALLOCATIONS));
                CsvWriter shipments = CsvWriter.open(folder.resolve(SHIPMENTS));
                CsvWriter exceptions = CsvWriter.open(folder.resolve(EXCEPTIONS))) {
            allocations.header("order_id", "line_no", "sku", "qty", "node_id", "shipment_id", "carrier",
                    "service", "zone", "distance_km", "promised_days");
            shipments.header("shipment_id", "order_id", "node_id", "fulfillment", "carrier", "service", "zone",
                    "distance_km", "units", "weight_kg", "handling_cost", "pick_cost", "carrier_cost",
                    "total_cost", "promised_days");
            exceptions.header("order_id", "line_no", "sku", "qty_unfilled", "type", "reason");
            try {
                kpis = simulator.run((order, decision) -> {
                    try {
                        writeDecision(order, decision, allocations, shipments, exceptions);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    also.decided(order, decision);
                }, progress);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        try (Writer json = Files.newBufferedWriter(folder.resolve(KPIS), StandardCharsets.UTF_8)) {
            KpiJson.write(kpis, json);
        }
        return kpis;
    }

    private static void writeDecision(Order order, SourcingDecision decision, CsvWriter allocations,
            CsvWriter shipments, CsvWriter exceptions) throws IOException {
        for (Shipment shipment : decision.shipments()) {
            for (ShipmentLine line : shipment.lines()) {
                allocations.field(order.orderId()).field(line.lineNo()).field(line.sku()).field(line.qty())
                        .field(shipment.nodeId()).field(shipment.shipmentId()).field(shipment.carrier())
                        .field(shipment.service()).field(shipment.zone()).field(shipment.distanceKm(), 1)
                        .field(shipment.promisedDays()).endRow();
            }
            shipments.field(shipment.shipmentId()).field(order.orderId()).field(shipment.nodeId())
                    .field(shipment.fulfillment().name()).field(shipment.carrier()).field(shipment.service())
                    .field(shipment.zone()).field(shipment.distanceKm(), 1).field(shipment.units())
                    .field(shipment.weightKg(), 3).field(shipment.handlingCost(), 4).field(shipment.pickCost(), 4)
                    .field(shipment.carrierCost(), 4).field(shipment.totalCost(), 4).field(shipment.promisedDays())
                    .endRow();
        }
        for (LineException exception : decision.exceptions()) {
            exceptions.field(order.orderId()).field(exception.lineNo()).field(exception.sku())
                    .field(exception.qtyUnfilled()).field(exception.type().name()).field(exception.reason()).endRow();
        }
    }
}
