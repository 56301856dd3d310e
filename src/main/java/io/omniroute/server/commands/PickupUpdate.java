package io.omniroute.server.commands;

import io.omniroute.server.http.ApiException;
import io.omniroute.server.store.PickupLineRow;
import io.omniroute.server.store.PickupRow;
import io.omniroute.server.store.Tx;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** Writing a pickup back: guarded by the version it was read at, and fed. */
final class PickupUpdate {

    /** A pickup in one of these states is finished; nothing changes it any more. */
    static final Set<String> FINISHED = Set.of("COLLECTED", "NO_SHOW", "CANCELLED");

    private PickupUpdate() {
    }

    static PickupRow with(PickupRow pickup, String status, List<PickupLineRow> lines) {
        return new PickupRow(pickup.orderId(), pickup.nodeId(), status, pickup.customerName(), pickup.readyBy(),
                pickup.value(), pickup.version(), lines);
    }

    /** Units of a line the store still holds for the customer: those it has not rejected. */
    static int held(PickupLineRow line) {
        return line.qty() - line.rejectedQty();
    }

    /** Saves the pickup if it is still at the version it was read at; 409 with its current state otherwise. */
    static PickupRow save(Tx tx, PickupRow changed, FeedRows feed) throws SQLException {
        if (!tx.pickups().update(changed, changed.version())) {
            PickupRow current = tx.pickups().find(changed.orderId()).orElseThrow();
            throw ApiException.conflict("the pickup of " + changed.orderId() + " changed while this command ran",
                    Views.pickup(current));
        }
        PickupRow saved = tx.pickups().find(changed.orderId()).orElseThrow();
        feed.pickup(saved);
        return saved;
    }
}
