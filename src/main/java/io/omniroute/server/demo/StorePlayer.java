package io.omniroute.server.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.omniroute.server.auth.Session;
import io.omniroute.server.commands.CommandType;
import io.omniroute.server.http.ApiException;
import io.omniroute.server.store.PickupLineRow;
import io.omniroute.server.store.PickupRow;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Plays the stores' staff: each pickup is accepted, made ready and handed over with the commands a store manager's
 * console sends, as that store's manager. Now and then a store cannot find a unit, and now and then a customer
 * never comes.
 */
final class StorePlayer implements Player {

    static final double REJECT_SHARE = 0.05;
    static final double NO_SHOW_SHARE = 0.03;
    /** How often a store asks again whether a customer who never came may be called a no-show yet. */
    static final Duration NO_SHOW_RETRY = Duration.ofHours(1);
    private static final List<String> REASON_CODES = List.of("DAMAGED", "NOT_FOUND", "MIS_STOCKED");

    private final DemoCommands commands;
    private final DemoPace pace;
    private final Random random;
    private final DemoStats stats;
    /** Pickups whose customer will never come: asked again until the hold after READY is over. */
    private final Set<String> neverCollected = new HashSet<>();

    StorePlayer(DemoCommands commands, DemoPace pace, Random random, DemoStats stats) {
        this.commands = commands;
        this.pace = pace;
        this.random = random;
        this.stats = stats;
    }

    @Override
    public Optional<Duration> advance(String orderId) {
        Optional<PickupRow> found = commands.pickup(orderId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PickupRow pickup = found.get();
        Session store = DemoActors.store(pickup.nodeId());
        switch (pickup.status()) {
            case "NEW" -> {
                return accept(pickup, store);
            }
            case "ACCEPTED", "PICKING" -> {
                commands.send(store, CommandType.PICKUP_READY, orderId, pickup.version(), DemoCommands.emptyPayload());
                return Optional.of(pace.collectAfter());
            }
            case "READY" -> {
                return handOver(pickup, store);
            }
            default -> {
                neverCollected.remove(orderId);
                return Optional.empty();
            }
        }
    }

    /**
     * Accepts the pickup, first rejecting one unit of it now and then. A pickup left with nothing to hold is the
     * planners' to decide on, through the exception the rejection raised.
     */
    private Optional<Duration> accept(PickupRow pickup, Session store) {
        if (held(pickup) == 0) {
            return Optional.empty();
        }
        if (random.nextDouble() < REJECT_SHARE) {
            commands.send(store, CommandType.PICKUP_REJECT, pickup.orderId(), pickup.version(),
                    rejectOneUnit(pickup));
            stats.pickupRejected();
            // The server may have reserved the unit again from the store's other stock: look at the pickup anew.
            return Optional.of(pace.readyAfter());
        }
        commands.send(store, CommandType.PICKUP_ACCEPT, pickup.orderId(), pickup.version(),
                DemoCommands.emptyPayload());
        return Optional.of(pace.readyAfter());
    }

    private Optional<Duration> handOver(PickupRow pickup, Session store) {
        if (neverCollected.contains(pickup.orderId()) || random.nextDouble() < NO_SHOW_SHARE) {
            neverCollected.add(pickup.orderId());
            return noShow(pickup, store);
        }
        commands.send(store, CommandType.PICKUP_COLLECTED, pickup.orderId(), pickup.version(),
                DemoCommands.emptyPayload());
        stats.pickupCollected();
        return Optional.empty();
    }

    /**
     * The store calls a no-show only once the hold after READY is over; until then the server refuses it with a 422,
     * and the pickup waits on the shelf, as it would in a real store.
     */
    private Optional<Duration> noShow(PickupRow pickup, Session store) {
        try {
            commands.send(store, CommandType.PICKUP_NO_SHOW, pickup.orderId(), pickup.version(),
                    DemoCommands.emptyPayload());
        } catch (ApiException refused) {
            if (refused.status() != 422) {
                throw refused;
            }
            return Optional.of(NO_SHOW_RETRY);
        }
        neverCollected.remove(pickup.orderId());
        stats.noShow();
        return Optional.empty();
    }

    /** {@code {"lines": [{"line_no", "qty": 1}], "reason_code"}} for a random line that still holds units. */
    private ObjectNode rejectOneUnit(PickupRow pickup) {
        List<PickupLineRow> holding = pickup.lines().stream().filter(line -> line.qty() > line.rejectedQty()).toList();
        PickupLineRow line = holding.get(random.nextInt(holding.size()));
        ObjectNode payload = DemoCommands.emptyPayload();
        payload.putArray("lines").addObject().put("line_no", line.lineNo()).put("qty", 1);
        payload.put("reason_code", REASON_CODES.get(random.nextInt(REASON_CODES.size())));
        return payload;
    }

    private static int held(PickupRow pickup) {
        return pickup.lines().stream().mapToInt(line -> line.qty() - line.rejectedQty()).sum();
    }
}
