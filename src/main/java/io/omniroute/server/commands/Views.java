package io.omniroute.server.commands;

import io.omniroute.server.store.FeedData;
import io.omniroute.server.store.OrderRecord;
import io.omniroute.server.store.PickupRow;
import io.omniroute.server.store.RulesRow;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** An entity as a 409 shows it: its feed data plus the version a retry should send. */
final class Views {

    private Views() {
    }

    static Map<String, Object> order(OrderRecord order) {
        Map<String, Object> view = FeedData.order(order);
        view.put("version", order.version());
        return view;
    }

    static Map<String, Object> pickup(PickupRow pickup) {
        Map<String, Object> view = FeedData.pickup(pickup);
        view.put("version", pickup.version());
        return view;
    }

    /** Before the first publish the rules are at version 0. */
    static Map<String, Object> rules(Optional<RulesRow> rules) {
        if (rules.isEmpty()) {
            Map<String, Object> none = new LinkedHashMap<>();
            none.put("version", 0L);
            return none;
        }
        return FeedData.rules(rules.get());
    }
}
