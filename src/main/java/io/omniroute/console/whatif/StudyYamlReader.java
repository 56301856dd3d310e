package io.omniroute.console.whatif;

import io.omniroute.engine.scenario.InvalidInputException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads study.yaml back, refusing a file that is damaged, edited wrongly or cut short with every problem named by
 * file, line and field. Whether the changes fit the baseline is the engine's to say when the study runs again.
 */
final class StudyYamlReader {

    static final String UNLIMITED = "unlimited";

    private static final List<String> ROOT = List.of("format", "version", "saved_at", "baseline", "variants",
            "results", "complete");
    private static final List<String> BASELINE = List.of("source", "from", "to", "folder", "read_at", "orders",
            "nodes", "skus", "positions", "units_given_back", "orders_left_out", "positions_left_out", "notes");

    /** The baseline's counts as saved, checked against the snapshot read beside the file. */
    record Counts(long orders, long nodes, long skus, long positions) {
    }

    /** Everything study.yaml holds; the baseline's scenario is in the study's baseline folder. */
    record Parsed(BaselineOrigin origin, Counts counts, long unitsGivenBack, int ordersLeftOut, int positionsLeftOut,
            List<String> notes, List<Study.VariantSpec> variants, Optional<Study.SavedResults> results) {
    }

    private final String file;
    private final YamlFields fields;

    private StudyYamlReader(String file) {
        this.file = file;
        this.fields = new YamlFields(file);
    }

    /** @throws InvalidInputException listing every problem, each with its line and field */
    static Parsed read(String text, String file) {
        return new StudyYamlReader(file).parse(text);
    }

    private Parsed parse(String text) {
        Node root = compose(text);
        Map<String, Node> top = fields.map(root, "", ROOT, List.of("format", "version", "baseline", "complete"))
                .orElseThrow(() -> fail());
        if (!fields.text(top, "format", "").orElse("").equals(StudyYamlWriter.FORMAT)) {
            fields.add(top.get("format"), "format", "this is not an Omniroute study (format should be "
                    + StudyYamlWriter.FORMAT + ")");
        }
        fields.whole(top, "version", "").filter(v -> v != StudyYamlWriter.VERSION).ifPresent(v -> fields.add(
                top.get("version"), "version", "version " + v + " is not one this console reads (it reads "
                        + StudyYamlWriter.VERSION + "): open it with a newer Omniroute"));
        fields.text(top, "complete", "").filter(v -> !v.equals("true")).ifPresent(v -> fields.add(
                top.get("complete"), "complete", "is " + v + ": the study was not saved completely"));
        Map<String, Node> baseline = fields.map(top.get("baseline"), "baseline", BASELINE,
                List.of("source", "read_at", "orders", "nodes", "skus", "positions")).orElse(Map.of());
        Optional<BaselineOrigin> origin = origin(baseline);
        Counts counts = new Counts(count(baseline, "orders"), count(baseline, "nodes"), count(baseline, "skus"),
                count(baseline, "positions"));
        List<String> notes = new ArrayList<>();
        for (Node note : fields.list(baseline, "notes", "baseline")) {
            notes.add(note instanceof org.yaml.snakeyaml.nodes.ScalarNode s ? s.getValue() : "");
        }
        List<Study.VariantSpec> variants = variants(top);
        Optional<Study.SavedResults> results = top.containsKey("results")
                ? StudyResultsYaml.read(top.get("results"), fields) : Optional.empty();
        fields.throwIfAny();
        return new Parsed(origin.orElseThrow(), counts, count(baseline, "units_given_back"),
                (int) count(baseline, "orders_left_out"), (int) count(baseline, "positions_left_out"), notes,
                variants, results);
    }

    private Node compose(String text) {
        try {
            Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
            if (root == null) {
                fields.add(null, "", "is empty: the study was not saved completely");
                throw fail();
            }
            return root;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw InvalidInputException.of(file, line, "", "is not valid YAML (" + e.getProblem()
                    + "): the file is damaged or was cut short");
        } catch (YAMLException e) {
            throw InvalidInputException.of(file, 0, "", "is not valid YAML: " + e.getMessage());
        }
    }

    private InvalidInputException fail() {
        fields.throwIfAny();
        return new InvalidInputException(List.of());
    }

    private Optional<BaselineOrigin> origin(Map<String, Node> baseline) {
        Optional<String> source = fields.text(baseline, "source", "baseline");
        Optional<Instant> readAt = fields.instant(baseline, "read_at", "baseline");
        if (source.isEmpty() || readAt.isEmpty()) {
            return Optional.empty();
        }
        switch (source.get()) {
            case "cache" -> {
                Optional<Instant> from = required(fields.instant(baseline, "from", "baseline"), baseline, "from");
                Optional<Instant> to = required(fields.instant(baseline, "to", "baseline"), baseline, "to");
                return from.isPresent() && to.isPresent()
                        ? Optional.of(new BaselineOrigin.CacheWindow(from.get(), to.get(), readAt.get()))
                        : Optional.empty();
            }
            case "folder" -> {
                Optional<String> folder = required(fields.text(baseline, "folder", "baseline"), baseline, "folder");
                return folder.map(dir -> new BaselineOrigin.ScenarioFolder(Path.of(dir), readAt.get()));
            }
            default -> {
                fields.add(baseline.get("source"), "baseline.source", "'" + source.get()
                        + "' is not a baseline source: cache or folder");
                return Optional.empty();
            }
        }
    }

    private <T> Optional<T> required(Optional<T> value, Map<String, Node> map, String key) {
        if (value.isEmpty() && !map.containsKey(key)) {
            fields.add(null, "baseline." + key, "is missing for this source");
        }
        return value;
    }

    private long count(Map<String, Node> map, String key) {
        Optional<Long> value = fields.whole(map, key, "baseline");
        if (value.isPresent() && value.get() < 0) {
            fields.add(map.get(key), "baseline." + key, value.get() + " is negative");
        }
        return value.orElse(0L);
    }

    private List<Study.VariantSpec> variants(Map<String, Node> top) {
        List<Study.VariantSpec> variants = new ArrayList<>();
        List<Node> items = fields.list(top, "variants", "");
        for (int v = 0; v < items.size(); v++) {
            String path = "variants[" + v + "]";
            Optional<Map<String, Node>> map = fields.map(items.get(v), path, List.of("name", "changes"),
                    List.of("name"));
            if (map.isEmpty()) {
                continue;
            }
            Optional<String> name = fields.text(map.get(), "name", path);
            List<ChangeSpec> changes = new ArrayList<>();
            List<Node> changeNodes = fields.list(map.get(), "changes", path);
            for (int c = 0; c < changeNodes.size(); c++) {
                StudyChangeYaml.read(changeNodes.get(c), path + ".changes[" + c + "]", fields)
                        .ifPresent(changes::add);
            }
            name.ifPresent(n -> variants.add(new Study.VariantSpec(n, changes)));
        }
        return variants;
    }
}
