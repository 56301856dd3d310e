package io.omniroute.server.store;

import java.sql.SQLException;

/** An order with that id is already stored. The statement failed: the caller's transaction must roll back. */
public final class OrderExistsException extends StoreException {

    private static final long serialVersionUID = 1L;

    OrderExistsException(String orderId, SQLException cause) {
        super("order " + orderId + " already exists", cause);
    }
}
