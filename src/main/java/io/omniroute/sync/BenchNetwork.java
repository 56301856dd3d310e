package io.omniroute.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.omniroute.cache.FeedChange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the sync benchmark needs to know of the network to post realistic orders, picked up from the initial sync as
 * it goes by: the stores' locations (customers live near them) and a few hundred SKUs some node holds in stock. Only
 * node rows and the first inventory rows are parsed, so sampling barely touches the measured sync.
 */
final class BenchNetwork implements Consumer<FeedChange> {

    private static final int SKUS = 300;
    private static final int MIN_ATP = 5;

    private record Store(double lat, double lon, String zip) {
    }

    private final List<Store> stores = new ArrayList<>();
    private final Set<String> stockedSkus = new LinkedHashSet<>();

    @Override
    public void accept(FeedChange change) {
        if (change.data().isEmpty()) {
            return;
        }
        if (change.entity().equals("node")) {
            JsonNode node = parse(change);
            if ("STORE".equals(node.path("type").asText())) {
                stores.add(new Store(node.path("lat").asDouble(), node.path("lon").asDouble(),
                        node.path("zip").asText()));
            }
        } else if (change.entity().equals("inventory") && stockedSkus.size() < SKUS) {
            JsonNode position = parse(change);
            if (position.path("atp").asInt() > MIN_ATP) {
                stockedSkus.add(position.path("sku").asText());
            }
        }
    }

    /** Fails with what is missing when the feed gave nothing to build an order from. */
    void requireUsable() {
        if (stores.isEmpty() || stockedSkus.isEmpty()) {
            throw new IllegalStateException("the feed holds " + stores.size() + " stores and " + stockedSkus.size()
                    + " SKUs with more than " + MIN_ATP + " units available: the benchmark needs at least one of each"
                    + " to place customers and order stock");
        }
    }

    /** A one-line SHIP order of one unit, from a customer a few km from a store. */
    ObjectNode order(String orderId, int n) {
        Random random = new Random(n);
        Store store = stores.get(random.nextInt(stores.size()));
        List<String> skus = List.copyOf(stockedSkus);
        ObjectNode order = SyncJson.MAPPER.createObjectNode()
                .put("order_id", orderId)
                .put("channel", "WEB")
                .put("fulfillment", "SHIP")
                .put("service_level", "STANDARD")
                .put("lat", store.lat() + (random.nextDouble() - 0.5) * 0.1)
                .put("lon", store.lon() + (random.nextDouble() - 0.5) * 0.1)
                .put("zip", store.zip());
        order.putArray("lines").addObject()
                .put("line_no", 1)
                .put("sku", skus.get(n % skus.size()))
                .put("qty", 1);
        return order;
    }

    private static JsonNode parse(FeedChange change) {
        try {
            return SyncJson.MAPPER.readTree(change.data().orElseThrow());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("change seq " + change.seq() + " (" + change.entity() + " "
                    + change.id() + ") carries data that is not JSON", e);
        }
    }
}
