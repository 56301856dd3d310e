package io.omniroute.generate;

import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.engine.model.Sku;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Draws orders: customer place by population, time by the daily curve, then channel, fulfilment, service level
 * and lines by popularity. Orders come out in time order, so ids follow created_at.
 */
final class OrderGenerator {

    /** Target shares over all orders; conditional probabilities are derived from who is eligible. */
    static final double PICKUP_SHARE = 0.12;
    static final double SAME_DAY_SHARE = 0.025;
    private static final String[] SHIP_CHANNELS = {"WEB", "APP", "MARKETPLACE", "CALL_CENTER"};
    private static final double[] SHIP_CHANNEL_CUMULATIVE = {0.45, 0.78, 0.92, 1.0};
    /** Marketplaces hand over shipping orders only. */
    private static final String[] PICKUP_CHANNELS = {"WEB", "APP", "CALL_CENTER"};
    private static final double[] PICKUP_CHANNEL_CUMULATIVE = {0.52, 0.93, 1.0};
    private static final String[] SHIP_LEVELS = {
        ServiceLevels.NEXT_DAY, ServiceLevels.TWO_DAY, ServiceLevels.ECONOMY, ServiceLevels.STANDARD};
    private static final double[] SHIP_LEVEL_CUMULATIVE = {0.06, 0.22, 0.30, 1.0};
    private static final double[] PICKUP_CHOICE_WEIGHTS = {0.6, 0.3, 0.1};
    /** Pickup shoppers browse their store's shelf; after this many misses they order it anyway. */
    private static final int PICKUP_SKU_TRIES = 12;
    private static final int PROGRESS_EVERY = 100_000;

    private final Catalog catalog;
    private final Stock stock;
    private final ZipIndex zips;
    private final Customers customers;
    private final OrderClock clock;
    private final CustomerNames names = CustomerNames.bundled();
    private final List<Optional<String>> pickupIds;
    private final double pickupProbability;
    private final double sameDayProbability;

    private OrderGenerator(GeneratorSettings settings, List<Node> nodes, Catalog catalog, Stock stock,
            ReferenceData data) {
        this.catalog = catalog;
        this.stock = stock;
        this.zips = data.zips();
        this.customers = new Customers(data.cities(), nodes);
        this.clock = new OrderClock(settings, data.cities());
        this.pickupIds = nodes.stream().map(n -> Optional.of(n.id())).toList();
        this.pickupProbability = conditional(PICKUP_SHARE, customers.pickupPopulationShare(), 0.5);
        this.sameDayProbability = conditional(SAME_DAY_SHARE, customers.sameDayPopulationShare(), 0.15);
    }

    static List<Order> generate(GeneratorSettings settings, List<Node> nodes, Catalog catalog, Stock stock,
            ReferenceData data, SplittableRandom rng, GenerationProgress progress) {
        return new OrderGenerator(settings, nodes, catalog, stock, data).generate(settings.orders(), rng, progress);
    }

    private List<Order> generate(int count, SplittableRandom rng, GenerationProgress progress) {
        // Draw every customer's place and time first, sort by time, then fill in the rest in time order.
        int[] cityOf = new int[count];
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            cityOf[i] = customers.drawCity(rng);
            long second = clock.next(clock.zoneOf(customers.city(cityOf[i])), rng);
            keys[i] = second << 32 | i;
        }
        Arrays.sort(keys);
        int width = Ids.width(count, 7);
        List<Order> orders = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int draw = (int) (keys[k] & 0xFFFF_FFFFL);
            Instant createdAt = Instant.ofEpochSecond(clock.startEpochSecond() + (keys[k] >>> 32));
            orders.add(order(Ids.padded("O", k + 1, width), createdAt, cityOf[draw], rng));
            if ((k + 1) % PROGRESS_EVERY == 0) {
                progress.report(String.format(Locale.ROOT, "orders %,d of %,d", k + 1, count));
            }
        }
        return orders;
    }

    private Order order(String id, Instant createdAt, int city, SplittableRandom rng) {
        City place = customers.city(city);
        double km = customers.jitterKm(city) * Math.sqrt(rng.nextDouble());
        double bearing = rng.nextDouble() * 2 * Math.PI;
        double lat = Geo.round5(place.lat() + km * StrictMath.cos(bearing) / Geo.KM_PER_DEGREE_LAT);
        double lon = Geo.round5(place.lon() + km * StrictMath.sin(bearing) / Geo.kmPerDegreeLon(place.lat()));
        int pickupNode = pickupNode(city, rng);
        boolean pickup = pickupNode >= 0;
        String channel = pickup
                ? PICKUP_CHANNELS[Draw.fromCumulative(rng, PICKUP_CHANNEL_CUMULATIVE)]
                : SHIP_CHANNELS[Draw.fromCumulative(rng, SHIP_CHANNEL_CUMULATIVE)];
        String serviceLevel = serviceLevel(city, pickup, rng);
        List<OrderLine> lines = lines(pickupNode, rng);
        return new Order(id, createdAt, channel, pickup ? Fulfillment.PICKUP : Fulfillment.SHIP, serviceLevel, lat, lon,
                zips.nearest(lat, lon), pickup ? pickupIds.get(pickupNode) : Optional.empty(), names.next(rng), lines);
    }

    /** The chosen pickup node index, or -1 for a shipped order. */
    private int pickupNode(int city, SplittableRandom rng) {
        int[] near = customers.pickupNodes(city);
        if (near[0] < 0 || !Draw.chance(rng, pickupProbability)) {
            return -1;
        }
        double total = 0;
        for (int k = 0; k < near.length && near[k] >= 0; k++) {
            total += PICKUP_CHOICE_WEIGHTS[k];
        }
        double target = rng.nextDouble() * total;
        for (int k = 0; k < near.length && near[k] >= 0; k++) {
            target -= PICKUP_CHOICE_WEIGHTS[k];
            if (target < 0) {
                return near[k];
            }
        }
        return near[0];
    }

    /** Pickup is collected tomorrow or the day after; same day is only sold where a courier can deliver it. */
    private String serviceLevel(int city, boolean pickup, SplittableRandom rng) {
        if (pickup) {
            return Draw.chance(rng, 0.75) ? ServiceLevels.NEXT_DAY : ServiceLevels.TWO_DAY;
        }
        if (customers.sameDayInReach(city) && Draw.chance(rng, sameDayProbability)) {
            return ServiceLevels.SAME_DAY;
        }
        return SHIP_LEVELS[Draw.fromCumulative(rng, SHIP_LEVEL_CUMULATIVE)];
    }

    private List<OrderLine> lines(int pickupNode, SplittableRandom rng) {
        int count = Math.min(Basket.lineCount(rng), catalog.size());
        OrderLine[] lines = new OrderLine[count];
        int[] chosen = new int[count];
        for (int l = 0; l < count; l++) {
            int sku = drawSku(pickupNode, chosen, l, rng);
            chosen[l] = sku;
            Sku item = catalog.skus().get(sku);
            lines[l] = new OrderLine(l + 1, item.sku(), Basket.quantity(rng, item.weightKg()));
        }
        return List.of(lines);
    }

    /** A SKU by popularity, distinct from the order's earlier lines and, for pickup, on the store's shelf. */
    private int drawSku(int pickupNode, int[] chosen, int taken, SplittableRandom rng) {
        int sku = -1;
        for (int attempt = 0; attempt < PICKUP_SKU_TRIES * 4; attempt++) {
            sku = catalog.skuAtRank(Draw.fromCumulative(rng, catalog.cumulativeByRank()));
            boolean repeat = contains(chosen, taken, sku);
            boolean offShelf = pickupNode >= 0 && attempt < PICKUP_SKU_TRIES && !stock.carries(pickupNode, sku);
            if (!repeat && !offShelf) {
                return sku;
            }
        }
        // Extremely unlikely (a tiny catalog): take the first SKU the order does not have yet.
        for (int s = 0; s < catalog.size(); s++) {
            if (!contains(chosen, taken, s)) {
                return s;
            }
        }
        return sku;
    }

    private static boolean contains(int[] values, int length, int value) {
        for (int i = 0; i < length; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private static double conditional(double targetShare, double eligibleShare, double cap) {
        return eligibleShare <= 0 ? 0 : Math.min(cap, targetShare / eligibleShare);
    }
}
