package io.omniroute.console.whatif;

import io.omniroute.engine.whatif.StockScope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * study.yaml, written for people as much as for the reader: block style, keys in a fixed order, rules text as a
 * literal block. {@code complete: true} comes last, so a file cut short is refused when read.
 */
final class StudyYamlWriter {

    static final String FORMAT = "omniroute-study";
    static final int VERSION = 1;

    private StudyYamlWriter() {
    }

    static String write(Study study, Instant savedAt) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("saved_at", savedAt.toString());
        root.put("baseline", baseline(study.baseline()));
        List<Object> variants = new ArrayList<>();
        for (Study.VariantSpec variant : study.variants()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("name", variant.name());
            map.put("changes", variant.changes().stream().map(StudyYamlWriter::change).toList());
            variants.add(map);
        }
        root.put("variants", variants);
        study.results().ifPresent(results -> root.put("results", results(results)));
        root.put("complete", true);
        return yaml().dump(root);
    }

    private static Map<String, Object> baseline(Baseline baseline) {
        Map<String, Object> map = new LinkedHashMap<>();
        BaselineOrigin origin = baseline.origin().original();
        if (origin instanceof BaselineOrigin.CacheWindow window) {
            map.put("source", "cache");
            map.put("from", window.from().toString());
            map.put("to", window.to().toString());
        } else if (origin instanceof BaselineOrigin.ScenarioFolder folder) {
            map.put("source", "folder");
            map.put("folder", folder.folder().toString());
        }
        map.put("read_at", origin.readAt().toString());
        map.put("orders", baseline.scenario().orders().size());
        map.put("nodes", baseline.scenario().nodes().size());
        map.put("skus", baseline.scenario().skus().size());
        map.put("positions", baseline.scenario().inventory().size());
        map.put("units_given_back", baseline.unitsGivenBack());
        map.put("orders_left_out", baseline.ordersLeftOut());
        map.put("positions_left_out", baseline.positionsLeftOut());
        map.put("notes", baseline.notes());
        return map;
    }

    static Map<String, Object> change(ChangeSpec change) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", change.type().name().toLowerCase(Locale.ROOT));
        if (change instanceof ChangeSpec.CloseNode close) {
            map.put("node", close.nodeId());
        } else if (change instanceof ChangeSpec.OpenNode open) {
            map.put("node", open.nodeId());
        } else if (change instanceof ChangeSpec.SetCapacity set) {
            map.put("node", set.nodeId());
            map.put("shipments_per_day", set.perDay().isPresent() ? (Object) set.perDay().getAsInt()
                    : StudyYamlReader.UNLIMITED);
        } else if (change instanceof ChangeSpec.ScaleCapacity scale) {
            map.put("node", scale.nodeId());
            map.put("factor", scale.factor());
        } else if (change instanceof ChangeSpec.ScaleStock scale) {
            scope(map, scale.scope());
            map.put("factor", scale.factor());
        } else if (change instanceof ChangeSpec.MoveStock move) {
            map.put("from", move.from());
            map.put("to", move.to());
            scope(map, move.items());
            map.put("fraction", move.fraction());
        } else if (change instanceof ChangeSpec.ScaleCarrierRates scale) {
            scale.carrier().ifPresent(carrier -> map.put("carrier", carrier));
            map.put("factor", scale.factor());
        } else if (change instanceof ChangeSpec.ScaleDemand scale) {
            map.put("factor", scale.factor());
            map.put("seed", scale.seed());
        } else if (change instanceof ChangeSpec.ReplaceRules rules) {
            map.put("source", rules.source());
            map.put("yaml", rules.yaml());
        }
        return map;
    }

    private static void scope(Map<String, Object> map, StockScope scope) {
        put(map, "node", scope.nodeId());
        put(map, "sku", scope.sku());
        put(map, "category", scope.category());
    }

    private static void put(Map<String, Object> map, String key, Optional<String> value) {
        value.ifPresent(v -> map.put(key, v));
    }

    private static Map<String, Object> results(Study.SavedResults results) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("ran_at", results.ranAt().toString());
        List<Object> runs = new ArrayList<>();
        for (Study.SavedRun run : results.runs()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", run.name());
            one.put("changed_orders", run.changedOrders());
            one.put("kpis", new LinkedHashMap<>(run.kpis()));
            runs.add(one);
        }
        map.put("runs", runs);
        return map;
    }

    /** Block style, and multi-line text (the rules) as a literal block that keeps its lines as they were. */
    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setWidth(120);
        Representer representer = new Representer(options) {
            {
                this.representers.put(String.class, data -> {
                    String text = (String) data;
                    return representScalar(Tag.STR, text, text.indexOf('\n') >= 0 ? DumperOptions.ScalarStyle.LITERAL
                            : DumperOptions.ScalarStyle.PLAIN);
                });
            }
        };
        return new Yaml(representer, options);
    }
}
