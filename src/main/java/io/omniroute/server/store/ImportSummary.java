package io.omniroute.server.store;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@link ScenarioImporter} did.
 *
 * @param imported false when the database already held an imported scenario and nothing was written
 * @param lastSeq the change feed's last seq after the import
 */
public record ImportSummary(
        boolean imported, int nodes, int skus, int inventoryPositions, long lastSeq, Duration took) {

    public ImportSummary {
        Objects.requireNonNull(took, "took");
    }
}
