package io.omniroute.generate;

import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.Scenario;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates a national US scenario in memory: a network placed in real metros, a catalog with Zipf-like
 * popularity, stock sized to expected demand, a parcel rate card and orders drawn by population.
 *
 * <p>The result depends only on the settings. Each stage draws from its own split of the seed, so changing the
 * number of orders leaves the network and the catalog unchanged.
 */
public final class ScenarioGenerator {

    private ScenarioGenerator() {
    }

    public static Scenario generate(GeneratorSettings settings) {
        return generate(settings, GenerationProgress.NONE);
    }

    public static Scenario generate(GeneratorSettings settings, GenerationProgress progress) {
        SplittableRandom root = new SplittableRandom(settings.seed());
        SplittableRandom catalogRandom = root.split();
        SplittableRandom networkRandom = root.split();
        SplittableRandom stockRandom = root.split();
        SplittableRandom orderRandom = root.split();

        ReferenceData data = ReferenceData.load();
        progress.report(String.format(Locale.ROOT, "catalog of %,d SKUs", settings.skus()));
        Catalog catalog = CatalogGenerator.generate(settings.skus(), catalogRandom);
        progress.report(String.format(Locale.ROOT, "network of %,d nodes", settings.nodes()));
        List<Node> nodes = NetworkPlanner.plan(NodeCounts.forTotal(settings.nodes()), catalog.categories(), data,
                networkRandom);
        progress.report("inventory for " + nodes.size() + " nodes");
        Stock stock = StockPlanner.plan(nodes, catalog, settings, data.cities(), stockRandom);
        progress.report(String.format(Locale.ROOT, "%,d inventory positions; now %,d orders",
                stock.positions().size(), settings.orders()));
        List<Order> orders = OrderGenerator.generate(settings, nodes, catalog, stock, data, orderRandom, progress);
        return new Scenario(nodes, catalog.skus(), stock.positions(), RateCard.zones(), RateCard.carriers(),
                RateCard.serviceLevels(), orders, Optional.empty());
    }
}
