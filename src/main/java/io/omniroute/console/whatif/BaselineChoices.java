package io.omniroute.console.whatif;

import io.omniroute.engine.model.CarrierService;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.model.ServiceLevel;
import io.omniroute.engine.model.Sku;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** What the pickers offer: the baseline's real nodes, SKUs, categories and carriers, sorted for finding. */
record BaselineChoices(List<Choice> nodes, List<Choice> skus, List<Choice> categories, List<Choice> carriers,
        Set<String> nodeIds, Set<String> serviceLevels) {

    static final BaselineChoices NONE = new BaselineChoices(List.of(), List.of(), List.of(), List.of(), Set.of(),
            Set.of());

    BaselineChoices {
        nodes = List.copyOf(nodes);
        skus = List.copyOf(skus);
        categories = List.copyOf(categories);
        carriers = List.copyOf(carriers);
        nodeIds = Set.copyOf(nodeIds);
        serviceLevels = Set.copyOf(serviceLevels);
    }

    static BaselineChoices of(Scenario scenario) {
        List<Choice> nodes = new ArrayList<>();
        scenario.nodes().stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(node -> nodes.add(
                new Choice(node.id(), label(node))));
        List<Choice> skus = scenario.skus().stream().map(Sku::sku).sorted().map(Choice::of).toList();
        TreeSet<String> categories = new TreeSet<>();
        scenario.skus().forEach(sku -> categories.add(sku.category()));
        TreeSet<String> carriers = new TreeSet<>();
        scenario.carriers().stream().map(CarrierService::carrier).forEach(carriers::add);
        return new BaselineChoices(nodes, skus, categories.stream().map(Choice::of).toList(),
                carriers.stream().map(Choice::of).toList(),
                scenario.nodes().stream().map(Node::id).collect(Collectors.toSet()),
                scenario.serviceLevels().stream().map(ServiceLevel::name).collect(Collectors.toSet()));
    }

    /** {@code DC-001 · Omniroute DC Dallas (DC, 1,200/day)}: enough to pick the right one without the map. */
    private static String label(Node node) {
        String capacity = node.dailyCapacity().isPresent()
                ? String.format(java.util.Locale.ROOT, ", %,d/day", node.dailyCapacity().getAsInt()) : "";
        String closed = node.ship() ? "" : ", not shipping";
        return node.id() + " · " + node.name() + " (" + node.type() + capacity + closed + ")";
    }
}
