package io.omniroute.engine.sourcing;

import java.util.Objects;

/** Units of one order line the decision could not fill, with a typed cause and a readable reason. */
public record LineException(int lineNo, String sku, int qtyUnfilled, ExceptionType type, String reason) {

    public LineException {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
    }
}
