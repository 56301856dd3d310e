package io.omniroute.console.whatif;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** The saved KPIs of a study read back. */
final class StudyResultsYaml {

    private StudyResultsYaml() {
    }

    static Optional<Study.SavedResults> read(Node node, YamlFields fields) {
        Optional<Map<String, Node>> results = fields.map(node, "results", List.of("ran_at", "runs"),
                List.of("ran_at", "runs"));
        if (results.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> ranAt = fields.instant(results.get(), "ran_at", "results");
        List<Study.SavedRun> runs = new ArrayList<>();
        List<Node> items = fields.list(results.get(), "runs", "results");
        for (int r = 0; r < items.size(); r++) {
            String path = "results.runs[" + r + "]";
            Optional<Map<String, Node>> run = fields.map(items.get(r), path, List.of("name", "changed_orders", "kpis"),
                    List.of("name", "changed_orders", "kpis"));
            if (run.isEmpty()) {
                continue;
            }
            Optional<String> name = fields.text(run.get(), "name", path);
            Optional<Long> changed = fields.whole(run.get(), "changed_orders", path);
            Map<String, Double> kpis = kpis(run.get().get("kpis"), path + ".kpis", fields);
            if (name.isPresent() && changed.isPresent()) {
                runs.add(new Study.SavedRun(name.get(), kpis, changed.get()));
            }
        }
        return ranAt.map(at -> new Study.SavedResults(at, runs));
    }

    private static Map<String, Double> kpis(Node node, String path, YamlFields fields) {
        Map<String, Double> kpis = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            fields.add(node, path, "expected the KPIs by name");
            return kpis;
        }
        for (NodeTuple entry : mapping.getValue()) {
            String key = entry.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
            fields.number(Map.of(key, entry.getValueNode()), key, path).ifPresent(value -> kpis.put(key, value));
        }
        return kpis;
    }
}
