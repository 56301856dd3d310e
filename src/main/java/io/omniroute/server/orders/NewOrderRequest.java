package io.omniroute.server.orders;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The body of {@code POST /api/v1/orders}: the columns of orders.csv plus the lines. */
public record NewOrderRequest(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("channel") String channel,
        @JsonProperty("fulfillment") String fulfillment,
        @JsonProperty("service_level") String serviceLevel,
        @JsonProperty("lat") Double lat,
        @JsonProperty("lon") Double lon,
        @JsonProperty("zip") String zip,
        @JsonProperty("pickup_node_id") String pickupNodeId,
        @JsonProperty("customer_name") String customerName,
        @JsonProperty("lines") List<Line> lines) {

    /** One line of a new order. */
    public record Line(@JsonProperty("line_no") Integer lineNo, @JsonProperty("sku") String sku,
            @JsonProperty("qty") Integer qty) {
    }
}
