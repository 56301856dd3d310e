package io.omniroute.console.exceptions;

import io.omniroute.cache.H2LocalStore;
import io.omniroute.cache.OutboxCommand;
import io.omniroute.cache.OutboxState;
import io.omniroute.console.planning.BatchHolds;
import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Re-sources many orders at once with a chosen profile: first a preview (how many get placed, the cost and split
 * change, which stay open and why), then the plans go out as one command set per order, with progress and each
 * order's outcome as the backend answers.
 */
public final class BulkViewModel {

    private final BulkPlanner planner;
    private final ExceptionCommands commands;
    private final H2LocalStore store;
    private final TaskExecutor executor;
    private final List<String> orderIds;
    private final ObjectProperty<String> profile = new SimpleObjectProperty<>(this, "profile",
            OrderDetailViewModel.BY_THE_RULES);
    private final ObservableList<String> profiles = FXCollections.observableArrayList();
    private final DecisionInput decision = new DecisionInput(ReasonCode.STOCK);
    private final ObservableList<BulkOutcome> outcomes = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper previewed = new ReadOnlyBooleanWrapper(this, "previewed", false);
    private final ReadOnlyBooleanWrapper applied = new ReadOnlyBooleanWrapper(this, "applied", false);
    private final Map<String, List<Long>> sent = new HashMap<>();
    private AtomicBoolean cancelled = new AtomicBoolean();

    BulkViewModel(BulkPlanner planner, ExceptionCommands commands, H2LocalStore store, TaskExecutor executor,
            List<String> orderIds, List<String> profileNames) {
        this.planner = Objects.requireNonNull(planner, "planner");
        this.commands = Objects.requireNonNull(commands, "commands");
        this.store = Objects.requireNonNull(store, "store");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.orderIds = List.copyOf(orderIds);
        profiles.add(OrderDetailViewModel.BY_THE_RULES);
        profiles.addAll(profileNames);
        summary.set(Plurals.of(this.orderIds.size(), "order") + " selected: choose a profile and preview");
        profile.addListener((o, before, now) -> previewed.set(false));
    }

    /** Plans every order with the chosen profile, without sending anything. */
    public void preview() {
        if (busy.get()) {
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        busy.set(true);
        previewed.set(false);
        outcomes.clear();
        Optional<String> chosen = Optional.ofNullable(profile.get()).filter(p -> !p.isEmpty());
        String because = decision.reasonText();
        String actor = commands.actor();
        executor.execute(BackgroundTask.of("previewing a bulk re-source", () -> {
            List<BulkOutcome> planned = new ArrayList<>();
            BatchHolds batch = BatchHolds.none();
            for (String orderId : orderIds) {
                if (stop.get()) {
                    break;
                }
                planned.add(planner.plan(orderId, chosen, because, actor, batch));
                double done = (double) planned.size() / orderIds.size();
                executor.onUi(() -> progress.set(done));
            }
            return planned;
        }).onSuccess(planned -> {
            outcomes.setAll(planned);
            previewed.set(!stop.get());
            summary.set((stop.get() ? "Preview stopped after " + planned.size() + " orders: " : "") + tally(planned));
        }).onFailure(failure -> summary.set("Cannot preview: " + failure.getMessage()))
                .onFinished(() -> busy.set(false)));
    }

    /** Stops a preview between two orders. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Sends the previewed plans, one command set per order; each order's outcome follows the backend's answer. */
    public void apply() {
        if (!previewed.get() || applied.get()) {
            return;
        }
        applied.set(true);
        List<BulkOutcome> toSend = outcomes.stream().filter(BulkOutcome::sendable).toList();
        int[] queued = {0};
        for (BulkOutcome outcome : toSend) {
            commands.send(outcome.commands(), Set.of(outcome.orderId()), "re-source " + outcome.orderId(), done -> {
                sent.put(outcome.orderId(), done.stream().map(OutboxCommand::id).toList());
                queued[0]++;
                progress.set((double) queued[0] / toSend.size());
                update(outcome.orderId(), "queued");
                summary.set(queued[0] + " of " + toSend.size() + " orders queued; outcomes follow as the backend"
                        + " answers");
            });
        }
        if (toSend.isEmpty()) {
            summary.set("Nothing to send: no order gets a new plan");
        }
    }

    /** The outbox moved: read what became of the commands sent. */
    public void outboxMoved() {
        if (sent.isEmpty()) {
            return;
        }
        Map<String, List<Long>> watching = Map.copyOf(sent);
        executor.execute(BackgroundTask.of("reading the bulk outcome", () -> {
            Map<String, String> states = new HashMap<>();
            store.read(tx -> {
                for (Map.Entry<String, List<Long>> order : watching.entrySet()) {
                    List<OutboxCommand> found = new ArrayList<>();
                    for (long id : order.getValue()) {
                        tx.outbox().find(id).ifPresent(found::add);
                    }
                    states.put(order.getKey(), status(found));
                }
                return null;
            });
            return states;
        }).onSuccess(states -> states.forEach(this::update)));
    }

    private static String status(List<OutboxCommand> found) {
        Optional<OutboxCommand> failed = found.stream().filter(c -> c.state() == OutboxState.FAILED).findFirst();
        if (failed.isPresent()) {
            return "failed: " + failed.get().lastError().orElse("refused");
        }
        if (found.stream().anyMatch(c -> c.state() == OutboxState.CONFLICT)) {
            return "conflict: the order changed on the backend; decide in the queue";
        }
        if (!found.isEmpty() && found.stream().allMatch(c -> c.state() == OutboxState.APPLIED)) {
            return "applied";
        }
        return found.stream().anyMatch(c -> c.state() == OutboxState.DISCARDED) ? "discarded" : "on its way";
    }

    private void update(String orderId, String status) {
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i).orderId().equals(orderId)) {
                outcomes.set(i, outcomes.get(i).withStatus(status));
            }
        }
    }

    static String tally(List<BulkOutcome> planned) {
        Map<BulkOutcome.Verdict, Long> counts = planned.stream().collect(Collectors.groupingBy(BulkOutcome::verdict,
                Collectors.counting()));
        double cost = planned.stream().filter(BulkOutcome::sendable).mapToDouble(BulkOutcome::costDelta).sum();
        int splits = planned.stream().filter(BulkOutcome::sendable).mapToInt(BulkOutcome::splitDelta).sum();
        return String.format(Locale.ROOT, "%d of %d orders placed in full, %d in part, %d stay open, %d unchanged,"
                + " %d skipped · cost %+.2f · shipments %+d", counts.getOrDefault(BulkOutcome.Verdict.PLACED, 0L),
                planned.size(), counts.getOrDefault(BulkOutcome.Verdict.PARTIAL, 0L),
                counts.getOrDefault(BulkOutcome.Verdict.OPEN, 0L),
                counts.getOrDefault(BulkOutcome.Verdict.UNCHANGED, 0L),
                counts.getOrDefault(BulkOutcome.Verdict.SKIPPED, 0L), cost, splits);
    }

    // --- properties ---------------------------------------------------------------------------------------------

    public ObjectProperty<String> profileProperty() {
        return profile;
    }

    public ObservableList<String> profiles() {
        return profiles;
    }

    public DecisionInput decision() {
        return decision;
    }

    public ObservableList<BulkOutcome> outcomes() {
        return outcomes;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty previewedProperty() {
        return previewed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty appliedProperty() {
        return applied.getReadOnlyProperty();
    }

    public int orders() {
        return orderIds.size();
    }
}
