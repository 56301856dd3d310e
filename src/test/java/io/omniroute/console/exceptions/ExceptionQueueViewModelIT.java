package io.omniroute.console.exceptions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.omniroute.cache.CachedException;
import io.omniroute.cache.CachedOrder;
import io.omniroute.cache.OutboxCommand;
import io.omniroute.cache.OutboxState;
import io.omniroute.console.planning.PlanningWorld;
import io.omniroute.console.shell.ConsolePreferences;
import io.omniroute.console.shell.ConsoleUser;
import io.omniroute.console.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exception queue's ViewModels over a real cache the real sync client fills from the real server, with every
 * background step run inline: what the planner sees, and what each decision puts in the outbox and makes of the
 * order once the backend has applied it.
 */
class ExceptionQueueViewModelIT {

    @TempDir
    Path folder;

    private PlanningWorld world;
    private ExceptionQueueViewModel queue;

    @BeforeEach
    void start() throws IOException {
        world = PlanningWorld.start(folder);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private void open() {
        world.sync();
        queue = new ExceptionQueueViewModel(world.data, new ConsoleUser("plan", ConsoleUser.PLANNER, Optional.empty()),
                ConsolePreferences.inMemory(), TaskExecutor.currentThread(), Clock.systemUTC());
        world.data.addListener(queue);
        queue.activate();
    }

    /** Order A takes every unit of a scarce SKU; order B, for one more, gets a NO_STOCK exception. */
    private record Shortage(String sku, JsonNode holder, JsonNode shortOrder) {
    }

    private Shortage shortage() {
        String sku = world.scarceSku();
        JsonNode holder = world.order(sku, world.totalAtp(sku));
        assertThat(holder.get("status").asText()).as(holder.toString()).isEqualTo("SOURCED");
        JsonNode shortOrder = world.order(sku, 1);
        assertThat(shortOrder.get("status").asText()).as(shortOrder.toString()).isEqualTo("EXCEPTION");
        return new Shortage(sku, holder, shortOrder);
    }

    private QueueItem row(String orderId) {
        return queue.rows().stream().filter(item -> item.orderId().equals(orderId)).findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + orderId + " in " + queue.rows()));
    }

    private List<OutboxCommand> outbox(OutboxState state) {
        return world.store.commands(List.of(state));
    }

    @Test
    void anOpenExceptionShowsWithItsOrder() {
        Shortage shortage = shortage();
        open();

        QueueItem item = row(shortage.shortOrder().get("order_id").asText());

        assertThat(item.kind()).isEqualTo(ExceptionKind.NO_STOCK);
        assertThat(item.exception()).isPresent();
        assertThat(item.channel()).isEqualTo("WEB");
        assertThat(item.value()).isPositive();
        assertThat(item.promiseDue()).isPresent();
        assertThat(item.sku()).isEqualTo(shortage.sku());
        assertThat(queue.summaryProperty().get()).contains("open").contains("0 yours");
    }

    @Test
    void theFilterNarrowsByTextKindAndAssignment() {
        Shortage shortage = shortage();
        open();
        String orderId = shortage.shortOrder().get("order_id").asText();

        queue.textProperty().set(orderId);
        assertThat(queue.rows()).extracting(QueueItem::orderId).containsOnly(orderId);
        queue.kindProperty().set(ExceptionKind.STORE_REJECTED);
        assertThat(queue.rows()).isEmpty();
        queue.kindProperty().set(null);
        queue.assignmentProperty().set(Assignment.MINE);
        assertThat(queue.rows()).isEmpty();
    }

    @Test
    void takingAnExceptionQueuesItAtTheExceptionsVersionAndTheSyncMakesItMine() {
        Shortage shortage = shortage();
        open();
        QueueItem item = row(shortage.shortOrder().get("order_id").asText());
        queue.select(List.of(item), item);

        queue.take();

        OutboxCommand take = outbox(OutboxState.PENDING).get(0);
        assertThat(take.type()).isEqualTo("TAKE_EXCEPTION");
        assertThat(take.target()).isEqualTo(item.exception().orElseThrow().exceptionId());
        assertThat(take.expectedVersion()).isEqualTo(1);
        assertThat(queue.isPending(row(item.orderId()))).isTrue();
        world.sync();
        assertThat(row(item.orderId()).assignee()).contains("plan");
        assertThat(queue.summaryProperty().get()).contains("1 yours");
    }

    @Test
    void applyingTheOptimumOnceStockIsBackPlacesTheOrderAndClosesItsException() {
        Shortage shortage = shortage();
        world.command("CANCEL_LINES", shortage.holder().get("order_id").asText(), 1,
                "{\"lines\": [{\"line_no\": 1, \"qty\": 1}]}");
        open();
        String orderId = shortage.shortOrder().get("order_id").asText();
        QueueItem item = row(orderId);
        queue.select(List.of(item), item);
        OrderDetailViewModel detail = queue.detail();

        ApplyDialogViewModel dialog = detail.applyDialog(1).orElseThrow();
        assertThat(dialog.problems()).isEmpty();
        assertThat(dialog.canApplyProperty().get()).isTrue();
        detail.apply(dialog);
        world.sync();

        assertThat(queue.rows()).noneMatch(row -> row.orderId().equals(orderId));
        CachedOrder placed = world.store.read(tx -> tx.planning().order(orderId)).orElseThrow();
        assertThat(placed.status()).isEqualTo("SOURCED");
        assertThat(placed.events()).last().satisfies(event -> {
            assertThat(event.type()).isEqualTo("REROUTED");
            assertThat(event.actor()).isEqualTo("plan");
            assertThat(event.reason()).isEqualTo("STOCK");
            assertThat(event.details()).startsWith("before: line 1: unallocated | after: line 1: 1 from ");
        });
        assertThat(outbox(OutboxState.APPLIED)).extracting(OutboxCommand::type).containsExactly("REROUTE");
    }

    @Test
    void theAlternativesRankTheOptimumFirstAndExplainEveryNode() {
        Shortage shortage = shortage();
        world.command("CANCEL_LINES", shortage.holder().get("order_id").asText(), 1,
                "{\"lines\": [{\"line_no\": 1, \"qty\": " + world.totalAtp(shortage.sku()) + "}]}");
        open();
        QueueItem item = row(shortage.shortOrder().get("order_id").asText());

        queue.select(List.of(item), item);

        OrderDetailViewModel detail = queue.detail();
        assertThat(detail.alternatives()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(detail.alternatives().get(0).basis()).isEqualTo("the optimal plan");
        assertThat(detail.alternatives()).extracting(DetailRows.Alternative::cost).isSorted();
        assertThat(detail.verdicts()).hasSize(world.server.scenario.nodes().size());
        assertThat(detail.timeline()).extracting(DetailRows.Event::type).containsExactly("CREATED", "SOURCED");
        assertThat(detail.promiseProperty().get()).startsWith("Promised by");
    }

    @Test
    void aHandBuiltPlanThatWouldOversellCannotBeApplied() {
        Shortage shortage = shortage();
        world.command("CANCEL_LINES", shortage.holder().get("order_id").asText(), 1,
                "{\"lines\": [{\"line_no\": 1, \"qty\": 1}]}");
        open();
        QueueItem item = row(shortage.shortOrder().get("order_id").asText());
        queue.select(List.of(item), item);
        PlanEditorViewModel editor = queue.detail().editor().orElseThrow();
        LineEdit line = editor.lines().get(0);
        NodeChoice freed = line.choices().get(0);

        editor.split(line);
        line.shares().get(0).nodeProperty().set(freed);
        line.shares().get(0).qtyProperty().set(freed.atp() + 1);

        assertThat(editor.problemsProperty().get()).anySatisfy(problem -> assertThat(problem)
                .contains(freed.nodeId() + " has ATP " + freed.atp()));
        assertThat(editor.canApplyProperty().get()).isFalse();
        line.shares().get(0).qtyProperty().set(1);
        assertThat(editor.problemsProperty().get()).isEmpty();
        assertThat(editor.canApplyProperty().get()).isTrue();
        queue.detail().apply(editor);
        assertThat(outbox(OutboxState.PENDING)).singleElement().satisfies(command -> assertThat(
                command.payloadJson()).isEqualTo("{\"lines\":[{\"line_no\":1,\"qty\":1,\"node_id\":\""
                + freed.nodeId() + "\"}]}"));
    }

    @Test
    void aBulkResourcePromisesNoUnitTwiceAndQueuesOneCommandSetPerPlacedOrder() {
        String sku = world.scarceSku();
        JsonNode holder = world.order(sku, world.totalAtp(sku));
        List<String> shortOrders = List.of(world.order(sku, 1).get("order_id").asText(),
                world.order(sku, 1).get("order_id").asText(), world.order(sku, 1).get("order_id").asText());
        world.command("CANCEL_LINES", holder.get("order_id").asText(), 1,
                "{\"lines\": [{\"line_no\": 1, \"qty\": 2}]}");
        open();
        List<QueueItem> chosen = shortOrders.stream().map(this::row).toList();
        queue.select(chosen, chosen.get(0));

        BulkViewModel bulk = queue.bulk().orElseThrow();
        bulk.preview();

        assertThat(bulk.outcomes()).extracting(BulkOutcome::verdict).containsExactly(BulkOutcome.Verdict.PLACED,
                BulkOutcome.Verdict.PLACED, BulkOutcome.Verdict.OPEN);
        assertThat(bulk.summaryProperty().get()).startsWith("2 of 3 orders placed in full, 0 in part, 1 stay open");
        bulk.apply();
        assertThat(outbox(OutboxState.PENDING)).extracting(OutboxCommand::target)
                .containsExactlyElementsOf(shortOrders.subList(0, 2));
        world.sync();
        assertThat(bulk.outcomes()).extracting(BulkOutcome::status).containsExactly("applied", "applied", "");
        assertThat(queue.rows()).extracting(QueueItem::orderId).containsOnlyOnce(shortOrders.get(2))
                .doesNotContain(shortOrders.get(0), shortOrders.get(1));
    }

    @Test
    void aDecisionOnAnOrderAnotherPlannerChangedMeetsAConflictThatCanBeAppliedAgain() {
        Shortage shortage = shortage();
        world.command("CANCEL_LINES", shortage.holder().get("order_id").asText(), 1,
                "{\"lines\": [{\"line_no\": 1, \"qty\": 1}]}");
        open();
        String orderId = shortage.shortOrder().get("order_id").asText();
        QueueItem item = row(orderId);
        queue.select(List.of(item), item);
        queue.detail().apply(queue.detail().applyDialog(1).orElseThrow());
        CachedException exception = item.exception().orElseThrow();
        world.command("TAKE_EXCEPTION", exception.exceptionId(), 1, "{}");
        world.command("RELEASE_EXCEPTION", exception.exceptionId(), 2, "{}");
        world.command("BACKORDER", orderId, 1, "{\"lines\": [{\"line_no\": 1, \"qty\": 1}]}");

        world.sync();

        QueueItem conflict = queue.rows().stream().filter(row -> row.kind() == ExceptionKind.CONFLICT).findFirst()
                .orElseThrow();
        assertThat(conflict.orderId()).isEqualTo(orderId);
        assertThat(conflict.reason()).startsWith("REROUTE by plan met a newer version");
        queue.reapplyConflict(conflict);
        world.sync();
        assertThat(queue.rows()).noneMatch(row -> row.kind() == ExceptionKind.CONFLICT);
        assertThat(world.backendOrder(orderId).get("status").asText()).isEqualTo("SOURCED");
    }
}
