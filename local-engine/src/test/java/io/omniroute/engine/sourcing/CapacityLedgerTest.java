package io.omniroute.engine.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omniroute.engine.model.Scenario;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CapacityLedgerTest {

    private final TinyNetwork tiny = new TinyNetwork();
    private final NetworkModel network = NetworkModel.of(new Scenario(tiny.nodes, tiny.skus, tiny.inventory,
            tiny.zones, tiny.carriers, tiny.levels, List.of(), Optional.empty()));

    @Test
    void nodeTakesNoMoreShipmentsThanItsDailyCapacity() {
        CapacityLedger ledger = CapacityLedger.of(network);
        long day = CapacityLedger.utcDay(TinyNetwork.NOON);
        int store = network.nodeIndex("ST-CHI");
        ledger.take(store, day);
        ledger.take(store, day);

        assertThatThrownBy(() -> ledger.take(store, day)).hasMessageContaining("daily capacity of 2");
        assertThat(ledger.used("ST-CHI", TinyNetwork.NOON)).isEqualTo(2);
    }

    @Test
    void capacityIsCountedPerUtcDay() {
        CapacityLedger ledger = CapacityLedger.of(network);
        int store = network.nodeIndex("ST-CHI");
        ledger.take(store, CapacityLedger.utcDay(Instant.parse("2026-03-02T23:59:59Z")));

        assertThat(ledger.remaining("ST-CHI", Instant.parse("2026-03-03T00:00:00Z"))).isEqualTo(2);
        assertThat(ledger.remaining("ST-CHI", Instant.parse("2026-03-02T00:00:00Z"))).isEqualTo(1);
    }

    @Test
    void unlimitedNodeAlwaysHasRoom() {
        assertThat(CapacityLedger.of(network).remaining("DC-JOL", TinyNetwork.NOON)).isEqualTo(Integer.MAX_VALUE);
    }
}
