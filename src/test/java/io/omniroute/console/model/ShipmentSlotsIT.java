package io.omniroute.console.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.omniroute.console.planning.PlanningWorld;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Capacity slots per node and day, read once and then kept live from the feed the real sync client applies. */
class ShipmentSlotsIT {

    @TempDir
    Path folder;

    private PlanningWorld world;

    @BeforeEach
    void start() throws IOException {
        world = PlanningWorld.start(folder);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void slotsAreCountedAsTheBackendCountsThemAndFollowAReroute() {
        String sku = world.scarceSku();
        JsonNode first = world.order(sku, 1);
        world.order(world.scarceSku(), 1);
        world.sync();
        LocalDate today = LocalDate.ofInstant(Instant.parse(first.get("created_at").asText()),
                ZoneOffset.UTC);

        Map<String, Integer> before = world.data.slots().on(today);

        assertThat(before).isEqualTo(world.store.read(tx -> tx.orders().shipmentsOn(today)));
        String from = first.get("allocations").get(0).get("node_id").asText();
        String to = world.holders(sku).stream().filter(node -> !node.equals(from)).findFirst().orElseThrow();
        world.command("REROUTE", first.get("order_id").asText(), 1,
                "{\"lines\": [{\"line_no\": 1, \"qty\": 1, \"node_id\": \"" + to + "\"}]}");
        world.sync();
        Map<String, Integer> after = world.data.slots().on(today);
        assertThat(after).isEqualTo(world.store.read(tx -> tx.orders().shipmentsOn(today)));
        assertThat(after.getOrDefault(to, 0)).isEqualTo(before.getOrDefault(to, 0) + 1);
        assertThat(after.getOrDefault(from, 0)).isEqualTo(before.getOrDefault(from, 0) - 1);
    }
}
