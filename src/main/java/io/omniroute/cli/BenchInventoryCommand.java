package io.omniroute.cli;

import io.omniroute.cache.NodeRow;
import io.omniroute.cache.PositionRow;
import io.omniroute.cache.SkuRow;
import io.omniroute.console.inventory.PositionColumn;
import io.omniroute.console.inventory.PositionFilter;
import io.omniroute.console.inventory.PositionMatches;
import io.omniroute.console.inventory.PositionQuery;
import io.omniroute.console.inventory.PositionRecord;
import io.omniroute.console.inventory.PositionSort;
import io.omniroute.console.model.NetworkCatalog;
import io.omniroute.console.model.PositionTable;
import io.omniroute.console.model.ZipDirectory;
import io.omniroute.engine.scenario.CsvReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code omniroute bench-inventory}: loads a scenario's positions straight into the console's position table (no
 * cache) and times the Inventory screen's queries: the first table content, each filter, typing, each sort, a live
 * refresh, and the heap the positions hold. Prints medians over several runs.
 */
@Command(name = "bench-inventory", mixinStandardHelpOptions = true,
        description = {"Benchmarks the Inventory screen's filter and sort engine on a scenario's inventory.csv,"
                + " nodes.csv and skus.csv (e.g. the ~2M positions of `omniroute generate`). Update times are"
                + " spread at random over the last 48 h, so about half the positions are stale."})
public final class BenchInventoryCommand implements Callable<Integer> {

    private static final int BATCH = 100_000;
    private static final int SCREENFUL = 40;

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "DIR", description = "Scenario folder to read.")
    Path scenario;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "N", description = "Runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--typed", defaultValue = "sku-00042", paramLabel = "TEXT",
            description = "Filter text typed one character at a time (default: ${DEFAULT-VALUE}).")
    String typed;

    private final Instant now = Instant.now();
    private final long staleBefore = now.getEpochSecond() - 24 * 3600;
    private PrintWriter out;

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (runs < 1) {
            err.println("error: --runs must be >= 1, was " + runs);
            return OmnirouteCommand.EXIT_BAD_INPUT;
        }
        long before = usedHeap();
        NetworkCatalog catalog;
        PositionTable table;
        long loadStart = System.nanoTime();
        try {
            catalog = NetworkCatalog.of(nodes(), skus(), ZipDirectory.bundled());
            table = positions();
        } catch (IOException | NumberFormatException e) {
            String problem = e instanceof NoSuchFileException ? "there is no " + e.getMessage() : e.getMessage();
            err.println("error: cannot read the scenario in " + scenario + ": " + problem
                    + " (make one with `omniroute generate --out DIR`)");
            return OmnirouteCommand.EXIT_BAD_INPUT;
        }
        long loadNanos = System.nanoTime() - loadStart;
        long tableBytes = usedHeap() - before;
        int live = table.read(PositionTable.View::count);
        out.printf(Locale.ROOT, "%,d positions, %,d nodes, %,d SKUs read in %s; %d runs, %d cores, max heap %,d MB%n",
                live, catalog.nodeCount(), catalog.skuCount(), Durations.seconds(loadNanos), runs,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "%-46s %9s %9s %9s %11s%n", "measure", "median ms", "min ms", "max ms", "rows");

        measure("first table content (cold, default sort)", () -> {
            PositionQuery cold = PositionQuery.over(table);
            PositionMatches first = cold.run(PositionFilter.NONE, PositionSort.DEFAULT, catalog, staleBefore);
            firstScreenful(table, first, catalog);
            return first;
        });
        PositionQuery query = PositionQuery.over(table);
        measure("default query again (warm)", () -> run(query, PositionFilter.NONE, PositionSort.DEFAULT, catalog));
        filters(query, catalog);
        typing(query, catalog);
        sorts(table, query, catalog);
        long withOrders = usedHeap() - before;
        liveRefresh(table, query, catalog);
        out.printf(Locale.ROOT, "heap: positions + catalog %,d MB; with every column's cached sort order %,d MB%n",
                tableBytes >> 20, withOrders >> 20);
        out.flush();
        return 0;
    }

    private void filters(PositionQuery query, NetworkCatalog catalog) {
        PositionFilter none = PositionFilter.NONE;
        measure("filter text \"wash\"", () -> run(query, none.withText("wash"), PositionSort.DEFAULT, catalog));
        measure("filter node type STORE", () -> run(query, none.withNodeType("STORE"), PositionSort.DEFAULT, catalog));
        measure("filter state TX", () -> run(query, none.withState("TX"), PositionSort.DEFAULT, catalog));
        measure("filter low ATP (<= 5)", () -> run(query, none.withAtpAtMost(5), PositionSort.DEFAULT, catalog));
        measure("filter stale only", () -> run(query, none.withStaleOnly(true), PositionSort.DEFAULT, catalog));
        measure("filter all five, sorted by ATP descending", () -> run(query, none.withText("a").withNodeType("STORE")
                .withState("CA").withAtpAtMost(20).withStaleOnly(true), PositionSort.descending(PositionColumn.ATP),
                catalog));
    }

    /** Every prefix of the typed text, as a user's keystrokes ask for them; reports the slowest keystroke. */
    private void typing(PositionQuery query, NetworkCatalog catalog) {
        List<Long> perKey = new ArrayList<>();
        int matched = 0;
        for (int run = 0; run < runs; run++) {
            for (int length = 1; length <= typed.length(); length++) {
                long start = System.nanoTime();
                matched = run(query, PositionFilter.NONE.withText(typed.substring(0, length)), PositionSort.DEFAULT,
                        catalog).size();
                perKey.add(System.nanoTime() - start);
            }
        }
        print("typing \"" + typed + "\", per keystroke", perKey, matched);
    }

    private void sorts(PositionTable table, PositionQuery warm, NetworkCatalog catalog) {
        for (PositionColumn column : PositionColumn.values()) {
            if (column != PositionColumn.NODE) {
                measure("sort " + column + " ascending, first time", () -> {
                    PositionQuery fresh = PositionQuery.over(table);
                    run(fresh, PositionFilter.NONE, PositionSort.DEFAULT, catalog);
                    long start = System.nanoTime();
                    run(fresh, PositionFilter.NONE, PositionSort.ascending(column), catalog);
                    return System.nanoTime() - start;
                });
            }
            measure("sort " + column + " ascending", () -> run(warm, PositionFilter.NONE,
                    PositionSort.ascending(column), catalog));
            measure("sort " + column + " descending", () -> run(warm, PositionFilter.NONE,
                    PositionSort.descending(column), catalog));
        }
    }

    /** 1,000 positions change, then the query sorted by ATP runs again (its cached order must be rebuilt). */
    private void liveRefresh(PositionTable table, PositionQuery query, NetworkCatalog catalog) {
        Random random = new Random(7);
        measure("live refresh: 1,000 changed, sorted by ATP", () -> {
            List<PositionRow> changed = table.read(view -> {
                List<PositionRow> rows = new ArrayList<>();
                for (int i = 0; i < 1_000; i++) {
                    int row = random.nextInt(view.rows());
                    rows.add(new PositionRow(view.nodeId(view.node(row)), view.skuId(view.sku(row)), view.onHand(row),
                            view.reserved(row) + 1, view.safetyStock(row), Math.max(0, view.atp(row) - 1), now));
                }
                return rows;
            });
            long start = System.nanoTime();
            table.upsert(changed);
            run(query, PositionFilter.NONE, PositionSort.descending(PositionColumn.ATP), catalog);
            return System.nanoTime() - start;
        });
    }

    private PositionMatches run(PositionQuery query, PositionFilter filter, PositionSort sort, NetworkCatalog catalog) {
        return query.run(filter, sort, catalog, staleBefore);
    }

    /** What the table asks for to draw its first rows. */
    private void firstScreenful(PositionTable table, PositionMatches matches, NetworkCatalog catalog) {
        table.read(view -> {
            for (int i = 0; i < Math.min(SCREENFUL, matches.size()); i++) {
                PositionRecord.read(view, matches.rows()[i], catalog, staleBefore);
            }
            return null;
        });
    }

    /** Times a step that returns matches (timed whole) or its own nanos (a Long). */
    private void measure(String name, Supplier<Object> step) {
        List<Long> times = new ArrayList<>();
        int matched = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            Object result = step.get();
            long elapsed = System.nanoTime() - start;
            if (result instanceof PositionMatches matches) {
                matched = matches.size();
                times.add(elapsed);
            } else {
                times.add((Long) result);
                matched = -1;
            }
        }
        print(name, times, matched);
    }

    private void print(String name, List<Long> nanos, int matched) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        out.printf(Locale.ROOT, "%-46s %9.1f %9.1f %9.1f %11s%n", name, sorted.get(sorted.size() / 2) / 1e6,
                sorted.get(0) / 1e6, sorted.get(sorted.size() - 1) / 1e6,
                matched < 0 ? "" : String.format(Locale.ROOT, "%,d", matched));
        out.flush();
    }

    private List<NodeRow> nodes() throws IOException {
        List<NodeRow> nodes = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(scenario.resolve("nodes.csv"))) {
            List<String> header = csv.readHeader();
            int id = column(header, "node_id", csv);
            int name = column(header, "name", csv);
            int type = column(header, "type", csv);
            int lat = column(header, "lat", csv);
            int lon = column(header, "lon", csv);
            int zip = column(header, "zip", csv);
            while (csv.next()) {
                nodes.add(new NodeRow(csv.get(id), csv.get(name), csv.get(type), csv.getDouble(lat),
                        csv.getDouble(lon), csv.get(zip), true, false, false, false, OptionalInt.empty(), 0, List.of()));
            }
        }
        return nodes;
    }

    private List<SkuRow> skus() throws IOException {
        List<SkuRow> skus = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(scenario.resolve("skus.csv"))) {
            List<String> header = csv.readHeader();
            int sku = column(header, "sku", csv);
            int name = column(header, "name", csv);
            while (csv.next()) {
                skus.add(new SkuRow(csv.get(sku), csv.get(name), "", 0));
            }
        }
        return skus;
    }

    /** Upserted in batches, as the console's load does, so only the table stays on the heap. */
    private PositionTable positions() throws IOException {
        Random random = new Random(42);
        List<PositionRow> all = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(scenario.resolve("inventory.csv"))) {
            List<String> header = csv.readHeader();
            int node = column(header, "node_id", csv);
            int sku = column(header, "sku", csv);
            int onHand = column(header, "on_hand", csv);
            int safety = column(header, "safety_stock", csv);
            while (csv.next()) {
                int stock = csv.getInt(onHand);
                int held = csv.getInt(safety);
                Instant updated = now.minusSeconds(random.nextInt(48 * 3600));
                all.add(new PositionRow(csv.get(node), csv.get(sku), stock, 0, held, Math.max(0, stock - held),
                        updated));
            }
        }
        PositionTable table = PositionTable.withCapacity(all.size() + all.size() / 8);
        for (int from = 0; from < all.size(); from += BATCH) {
            table.upsert(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        return table;
    }

    private static int column(List<String> header, String name, CsvReader csv) throws IOException {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IOException(csv.fileName() + " has no column " + name + "; its columns are " + header);
        }
        return index;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
