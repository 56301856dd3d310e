package io.omniroute.console.shell;

import java.util.Objects;

/** Something the user can jump to from anywhere (global search, a link in another screen). */
public sealed interface Target {

    record Node(String nodeId) implements Target {
        public Node {
            Objects.requireNonNull(nodeId, "nodeId");
        }
    }

    record Sku(String sku) implements Target {
        public Sku {
            Objects.requireNonNull(sku, "sku");
        }
    }

    record Order(String orderId) implements Target {
        public Order {
            Objects.requireNonNull(orderId, "orderId");
        }
    }
}
