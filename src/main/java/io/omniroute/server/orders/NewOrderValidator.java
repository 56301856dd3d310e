package io.omniroute.server.orders;

import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.engine.sourcing.NetworkModel;
import io.omniroute.server.http.ApiException;
import io.omniroute.server.http.ApiException.Problem;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns a new-order request into an engine order, or refuses it with every problem listed. */
final class NewOrderValidator {

    private final NetworkModel network;

    NewOrderValidator(NetworkModel network) {
        this.network = network;
    }

    Order validate(NewOrderRequest request, Instant now) {
        List<Problem> problems = new ArrayList<>();
        String orderId = required(request.orderId(), "order_id", problems);
        Instant createdAt = now;
        if (request.createdAt() != null) {
            try {
                createdAt = Instant.parse(request.createdAt());
            } catch (DateTimeParseException e) {
                problems.add(new Problem("created_at", "'" + request.createdAt() + "' is not an ISO-8601 UTC time"));
            }
        }
        String channel = required(request.channel(), "channel", problems);
        Fulfillment fulfillment = Fulfillment.SHIP;
        if (request.fulfillment() != null) {
            try {
                fulfillment = Fulfillment.valueOf(request.fulfillment());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("fulfillment", "'" + request.fulfillment() + "' must be SHIP or PICKUP"));
            }
        }
        String level = required(request.serviceLevel(), "service_level", problems);
        if (level != null && network.serviceLevelDays(level) < 0) {
            problems.add(new Problem("service_level", "unknown service level '" + level + "'"));
        }
        checkCoordinate(request.lat(), "lat", 90, problems);
        checkCoordinate(request.lon(), "lon", 180, problems);
        Optional<String> pickup = Optional.ofNullable(request.pickupNodeId()).filter(s -> !s.isBlank());
        checkPickup(fulfillment, pickup, problems);
        List<OrderLine> lines = lines(request.lines(), problems);
        if (!problems.isEmpty()) {
            throw ApiException.unprocessable("the order is not valid", problems);
        }
        return new Order(orderId, createdAt, channel, fulfillment, level, request.lat(), request.lon(),
                request.zip() == null ? "" : request.zip(), pickup,
                request.customerName() == null ? "" : request.customerName(), lines);
    }

    private void checkPickup(Fulfillment fulfillment, Optional<String> pickup, List<Problem> problems) {
        if (fulfillment == Fulfillment.PICKUP && pickup.isEmpty()) {
            problems.add(new Problem("pickup_node_id", "a PICKUP order needs the store it is collected at"));
        }
        if (fulfillment == Fulfillment.SHIP && pickup.isPresent()) {
            problems.add(new Problem("pickup_node_id", "a SHIP order must not name a pickup store"));
        }
        if (pickup.isPresent()) {
            int node = network.nodeIndex(pickup.get());
            if (node < 0) {
                problems.add(new Problem("pickup_node_id", "unknown node '" + pickup.get() + "'"));
            } else {
                Node store = network.node(node);
                if (!store.pickup()) {
                    problems.add(new Problem("pickup_node_id", "node " + store.id() + " does not offer pickup"));
                }
            }
        }
    }

    private List<OrderLine> lines(List<NewOrderRequest.Line> lines, List<Problem> problems) {
        List<OrderLine> result = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            problems.add(new Problem("lines", "an order needs at least one line"));
            return result;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            NewOrderRequest.Line line = lines.get(i);
            String at = "lines[" + i + "]";
            if (line.lineNo() == null || line.lineNo() < 1) {
                problems.add(new Problem(at + ".line_no", "must be an integer >= 1"));
            } else if (!seen.add(line.lineNo())) {
                problems.add(new Problem(at + ".line_no", "line " + line.lineNo() + " appears twice"));
            }
            if (line.sku() == null || network.skuIndex(line.sku()) < 0) {
                problems.add(new Problem(at + ".sku", "unknown SKU '" + line.sku() + "'"));
            }
            if (line.qty() == null || line.qty() < 1 || line.qty() > OrderLine.MAX_QTY) {
                problems.add(new Problem(at + ".qty", "must be an integer 1.." + OrderLine.MAX_QTY + ", was "
                        + line.qty()));
            }
            if (line.lineNo() != null && line.sku() != null && line.qty() != null) {
                result.add(new OrderLine(line.lineNo(), line.sku(), line.qty()));
            }
        }
        result.sort(Comparator.comparingInt(OrderLine::lineNo));
        return result;
    }

    private static String required(String value, String field, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, "is required"));
            return null;
        }
        return value;
    }

    private static void checkCoordinate(Double value, String field, double limit, List<Problem> problems) {
        if (value == null) {
            problems.add(new Problem(field, "is required"));
        } else if (value < -limit || value > limit) {
            problems.add(new Problem(field, value + " is outside -" + (int) limit + ".." + (int) limit));
        }
    }
}
