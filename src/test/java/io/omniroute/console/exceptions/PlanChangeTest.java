package io.omniroute.console.exceptions;

import static io.omniroute.console.exceptions.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.cache.CachedOrder;
import io.omniroute.cache.NewCommand;
import io.omniroute.console.planning.PlanLine;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanChangeTest {

    @Test
    void anAlternativeReroutesOnlyTheLinesItChangesAtTheVersionThePlannerSaw() {
        CachedOrder order = order("O-1").line(1, "SKU-1", 2, 0, 0).line(2, "SKU-2", 1, 0, 0)
                .allocated(1, "DC-1", 2).allocated(2, "DC-1", 1).version(4).build();

        PlanChange.Result result = PlanChange.ofPlan(order, List.of(new PlanLine(1, "DC-1", 2),
                new PlanLine(2, "ST-7", 1)), false, "COST", "ana");

        assertThat(result.problems()).isEmpty();
        assertThat(result.commands()).singleElement().satisfies(command -> {
            assertThat(command.type()).isEqualTo("REROUTE");
            assertThat(command.expectedVersion()).isEqualTo(4);
            assertThat(command.payloadJson()).isEqualTo(
                    "{\"lines\":[{\"line_no\":2,\"qty\":1,\"node_id\":\"ST-7\"}]}");
            assertThat(command.reason()).isEqualTo("COST");
            assertThat(command.actor()).isEqualTo("ana");
        });
    }

    @Test
    void aLatePlanAsksForTheFastestService() {
        CachedOrder order = order("O-1").line(1, "SKU-1", 1, 0, 0).build();

        PlanChange.Result result = PlanChange.ofPlan(order, List.of(new PlanLine(1, "DC-9", 1)), true, "PROMISE",
                "ana");

        assertThat(result.commands().get(0).payloadJson()).endsWith(",\"accept_late\":true}");
    }

    @Test
    void aSplitLineBackorderedRestAndCancelledUnitGoOutInTheBackendsOrder() {
        CachedOrder order = order("O-2").line(1, "SKU-1", 5, 0, 0).allocated(1, "DC-1", 1).build();
        PlanChange.LineDecision decision = new PlanChange.LineDecision(1, List.of(new PlanLine(1, "DC-1", 1),
                new PlanLine(1, "ST-2", 1)), 2, 1);

        PlanChange.Result result = PlanChange.of(order, List.of(decision), false, "STOCK: split", "ana");

        assertThat(result.problems()).isEmpty();
        assertThat(result.commands()).extracting(NewCommand::type).containsExactly("REROUTE", "BACKORDER",
                "CANCEL_LINES");
        assertThat(result.commands()).extracting(NewCommand::payloadJson).containsExactly(
                "{\"lines\":[{\"line_no\":1,\"qty\":1,\"node_id\":\"DC-1\"},{\"line_no\":1,\"qty\":1,\"node_id\":\"ST-2\"}]}",
                "{\"lines\":[{\"line_no\":1,\"qty\":2}]}", "{\"lines\":[{\"line_no\":1,\"qty\":1}]}");
    }

    @Test
    void backorderingEveryUnitFreesTheNodeWithoutAReroute() {
        CachedOrder order = order("O-3").line(1, "SKU-1", 2, 0, 0).allocated(1, "DC-1", 2).build();

        PlanChange.Result result = PlanChange.of(order, List.of(new PlanChange.LineDecision(1, List.of(), 2, 0)),
                false, "STOCK", "ana");

        assertThat(result.problems()).isEmpty();
        assertThat(result.commands()).extracting(NewCommand::type).containsExactly("BACKORDER");
    }

    @Test
    void freeingUnitsWithoutBackorderingOrCancellingThemIsRefusedWithTheOutcome() {
        CachedOrder order = order("O-4").line(1, "SKU-1", 2, 0, 0).allocated(1, "DC-1", 2).build();

        PlanChange.Result result = PlanChange.of(order, List.of(new PlanChange.LineDecision(1, List.of(), 1, 0)),
                false, "STOCK", "ana");

        assertThat(result.commands()).isEmpty();
        assertThat(result.problems()).containsExactly("line 1 would end with 1 allocated and 1 backordered, not 0"
                + " and 1: to free allocated units, backorder or cancel them, or allocate them elsewhere");
    }

    @Test
    void unBackorderingIsRefused() {
        CachedOrder order = order("O-5").line(1, "SKU-1", 3, 0, 2).allocated(1, "DC-1", 1).build();

        PlanChange.Result result = PlanChange.of(order, List.of(new PlanChange.LineDecision(1,
                List.of(new PlanLine(1, "DC-1", 1)), 0, 0)), false, "STOCK", "ana");

        assertThat(result.problems()).singleElement().asString().contains("would keep 2 units backordered");
    }

    @Test
    void moreUnitsThanTheLineHasNotCancelledAreRefused() {
        CachedOrder order = order("O-6").line(1, "SKU-1", 3, 1, 0).build();

        PlanChange.Result result = PlanChange.of(order, List.of(new PlanChange.LineDecision(1,
                List.of(new PlanLine(1, "DC-1", 2)), 1, 0)), false, "STOCK", "ana");

        assertThat(result.problems()).containsExactly("line 1: 2 allocated + 1 backordered + 0 to cancel is more"
                + " than its 2 not cancelled");
    }

    @Test
    void allocatingBackorderedUnitsClearsThemWithTheReroute() {
        CachedOrder order = order("O-7").line(1, "SKU-1", 2, 0, 2).build();

        PlanChange.Result result = PlanChange.ofPlan(order, List.of(new PlanLine(1, "DC-1", 2)), false, "STOCK",
                "ana");

        assertThat(result.problems()).isEmpty();
        assertThat(result.commands()).extracting(NewCommand::type).containsExactly("REROUTE");
    }

    @Test
    void keepingEveryLineAsItIsSendsNothing() {
        CachedOrder order = order("O-8").line(1, "SKU-1", 2, 0, 0).allocated(1, "DC-1", 2).build();

        PlanChange.Result result = PlanChange.of(order, List.of(PlanChange.keep(order, order.lines().get(0))),
                false, "STOCK", "ana");

        assertThat(result.commands()).isEmpty();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void idsAreEscapedInPayloads() {
        assertThat(CommandJson.quote("a\"b\\c\u0001")).isEqualTo("\"a\\\"b\\\\c\\u0001\"");
        assertThat(CommandJson.resolve("O-1-E1")).isEqualTo("{\"exception_id\":\"O-1-E1\"}");
    }
}
