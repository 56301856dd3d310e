package io.omniroute.generate;

import io.omniroute.engine.model.Sku;
import java.util.List;

/**
 * The generated SKUs plus their demand model, as arrays indexed by SKU position (the order of {@link #skus()}).
 * Popularity rank 0 is the best seller; ranks are a random permutation of SKU positions.
 */
final class Catalog {

    private final List<Sku> skus;
    private final List<String> categories;
    private final int[] categoryOf;
    private final int[] skuAtRank;
    private final int[] rankOf;
    private final double[] demandShare;
    private final double[] cumulativeByRank;

    Catalog(List<Sku> skus, List<String> categories, int[] categoryOf, int[] skuAtRank, double[] weightByRank) {
        this.skus = List.copyOf(skus);
        this.categories = List.copyOf(categories);
        this.categoryOf = categoryOf;
        this.skuAtRank = skuAtRank;
        this.rankOf = new int[skuAtRank.length];
        for (int rank = 0; rank < skuAtRank.length; rank++) {
            rankOf[skuAtRank[rank]] = rank;
        }
        this.cumulativeByRank = Draw.cumulative(weightByRank);
        double total = cumulativeByRank[cumulativeByRank.length - 1];
        this.demandShare = new double[skuAtRank.length];
        for (int rank = 0; rank < skuAtRank.length; rank++) {
            demandShare[skuAtRank[rank]] = weightByRank[rank] / total;
        }
    }

    List<Sku> skus() {
        return skus;
    }

    int size() {
        return skus.size();
    }

    List<String> categories() {
        return categories;
    }

    int categoryOf(int sku) {
        return categoryOf[sku];
    }

    int skuAtRank(int rank) {
        return skuAtRank[rank];
    }

    int rankOf(int sku) {
        return rankOf[sku];
    }

    /** Probability that a random order line is this SKU. */
    double demandShare(int sku) {
        return demandShare[sku];
    }

    /** Cumulative line probability over popularity ranks, for drawing order lines by binary search. */
    double[] cumulativeByRank() {
        return cumulativeByRank;
    }
}
