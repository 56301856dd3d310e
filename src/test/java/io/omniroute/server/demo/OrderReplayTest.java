package io.omniroute.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.server.orders.NewOrderRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderReplayTest {

    private static final Order LATER = order("O-1", "2026-03-02T10:00:00Z");
    private static final Order EARLIER = order("O-2", "2026-03-02T09:00:00Z");

    @Test
    void replaysInCreationOrderAndGivesEachNewPassFreshIds() {
        OrderReplay replay = new OrderReplay(List.of(LATER, EARLIER), 1);

        List<String> ids = IntStream.range(0, 5).mapToObj(i -> replay.next().orderId()).toList();

        assertThat(ids).containsExactly("O-2", "O-1", "O-2-R2", "O-1-R2", "O-2-R3");
    }

    @Test
    void aLaterStartingPassSuffixesTheFirstOrderAlready() {
        OrderReplay replay = new OrderReplay(List.of(LATER, EARLIER), 4);

        assertThat(replay.next().orderId()).isEqualTo("O-2-R4");
        assertThat(replay.firstIdOfPass(1)).isEqualTo("O-2");
    }

    @Test
    void requestKeepsTheOrderButLeavesCreatedAtForTheServerToStamp() {
        NewOrderRequest request = new OrderReplay(List.of(EARLIER), 1).next();

        assertThat(request.createdAt()).isNull();
        assertThat(request.fulfillment()).isEqualTo("PICKUP");
        assertThat(request.pickupNodeId()).isEqualTo("ST-0001");
        assertThat(request.lines()).containsExactly(new NewOrderRequest.Line(1, "SKU-000001", 2));
    }

    private static Order order(String id, String createdAt) {
        return new Order(id, Instant.parse(createdAt), "WEB", Fulfillment.PICKUP, "STANDARD", 40.7, -74.0, "10001",
                Optional.of("ST-0001"), "Ada Park", List.of(new OrderLine(1, "SKU-000001", 2)));
    }
}
