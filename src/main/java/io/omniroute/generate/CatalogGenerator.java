package io.omniroute.generate;

import io.omniroute.engine.model.Sku;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Builds a category-flavoured catalog from the bundled item list, with Zipf-like popularity. */
final class CatalogGenerator {

    static final String CATEGORIES = "/data/catalog-categories.csv";
    static final String ITEMS = "/data/catalog-items.csv";

    /** Zipf exponent over popularity rank. */
    static final double ZIPF_EXPONENT = 1.0;
    /**
     * Zipf-Mandelbrot offset: flattens the very head so the single best seller is a few percent of all lines, not
     * ten, while the top 1% of SKUs still take close to half of them.
     */
    static final double ZIPF_OFFSET = 3.0;

    private static final double MIN_WEIGHT_KG = 0.1;
    private static final double MAX_WEIGHT_KG = 30.0;
    private static final double MIN_PRICE = 3.0;
    private static final double MAX_PRICE = 1_500.0;

    private CatalogGenerator() {
    }

    private record Item(String name, double weightKg, double price) {
    }

    private record Category(String name, double share, String[] descriptors, String[] variants, List<Item> items) {
    }

    static Catalog generate(int count, SplittableRandom rng) {
        List<Category> categories = readCategories();
        double[] shares = new double[categories.size()];
        for (int c = 0; c < shares.length; c++) {
            shares[c] = categories.get(c).share();
        }
        double[] cumulativeShare = Draw.cumulative(shares);
        int width = Ids.width(count, 6);
        List<Sku> skus = new ArrayList<>(count);
        int[] categoryOf = new int[count];
        for (int i = 0; i < count; i++) {
            int c = Draw.fromCumulative(rng, cumulativeShare);
            categoryOf[i] = c;
            skus.add(sku(Ids.padded("SKU", i + 1, width), categories.get(c), rng));
        }
        int[] skuAtRank = shuffledIdentity(count, rng);
        double[] weightByRank = new double[count];
        for (int rank = 0; rank < count; rank++) {
            weightByRank[rank] = 1.0 / StrictMath.pow(rank + 1 + ZIPF_OFFSET, ZIPF_EXPONENT);
        }
        List<String> names = categories.stream().map(Category::name).toList();
        return new Catalog(skus, names, categoryOf, skuAtRank, weightByRank);
    }

    private static Sku sku(String id, Category category, SplittableRandom rng) {
        Item item = category.items().get(rng.nextInt(category.items().size()));
        String descriptor = category.descriptors()[rng.nextInt(category.descriptors().length)];
        String variant = category.variants()[rng.nextInt(category.variants().length)];
        double weight = clamp(item.weightKg() * Draw.noise(rng, 0.25), MIN_WEIGHT_KG, MAX_WEIGHT_KG);
        double price = clamp(item.price() * Draw.noise(rng, 0.35), MIN_PRICE, MAX_PRICE);
        // Shelf prices end in .99; weights to 10 g.
        double shelfPrice = Math.min(MAX_PRICE - 0.01, Math.floor(price) + 0.99);
        return new Sku(id, descriptor + " " + item.name() + ", " + variant, category.name(),
                Math.round(weight * 100.0) / 100.0, shelfPrice);
    }

    private static int[] shuffledIdentity(int count, SplittableRandom rng) {
        int[] values = new int[count];
        for (int i = 0; i < count; i++) {
            values[i] = i;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }

    private static List<Category> readCategories() {
        Map<String, List<Item>> items = new LinkedHashMap<>();
        for (String[] row : Csv.readResource(ITEMS)) {
            items.computeIfAbsent(row[0], k -> new ArrayList<>())
                    .add(new Item(row[1], Double.parseDouble(row[2]), Double.parseDouble(row[3])));
        }
        List<Category> categories = new ArrayList<>();
        for (String[] row : Csv.readResource(CATEGORIES)) {
            List<Item> own = items.get(row[0]);
            if (own == null) {
                throw new IllegalStateException(
                        "category " + row[0] + " in " + CATEGORIES + " has no items in " + ITEMS);
            }
            categories.add(new Category(row[0], Double.parseDouble(row[1]), row[2].split("\\|"), row[3].split("\\|"),
                    List.copyOf(own)));
        }
        return categories;
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
