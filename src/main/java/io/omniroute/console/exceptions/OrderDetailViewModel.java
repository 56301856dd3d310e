package io.omniroute.console.exceptions;

import io.omniroute.cache.CachedException;
import io.omniroute.cache.CachedOrder;
import io.omniroute.cache.NewCommand;
import io.omniroute.console.planning.PlanPricer;
import io.omniroute.console.planning.PricedPlan;
import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import io.omniroute.console.text.Durations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The order in front of the planner: its lines, its plan now and its cost, the promise, the engine's ranked
 * alternatives and its reason for every node it did not choose, and the timeline; and what the planner can do with
 * it: apply an alternative, build a plan by hand, resolve an exception. Everything is read and planned in the
 * background; a newer order replaces a read still running.
 */
public final class OrderDetailViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ROOT);
    /** The profile choice that lets the rules' own cascade decide. */
    public static final String BY_THE_RULES = "";

    private final OrderDetailLoader loader;
    private final ExceptionCommands commands;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ZoneId zone;
    private String orderId = "";
    private ExceptionKind kind = ExceptionKind.NO_STOCK;
    private boolean reading;
    private boolean readAgain;
    private Optional<OrderDetail> detail = Optional.empty();

    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper(this, "header", "Select an exception");
    private final ReadOnlyStringWrapper promise = new ReadOnlyStringWrapper(this, "promise", "");
    private final ReadOnlyStringWrapper currentCost = new ReadOnlyStringWrapper(this, "currentCost", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ObjectProperty<String> profile = new SimpleObjectProperty<>(this, "profile", BY_THE_RULES);
    private final ObservableList<String> profiles = FXCollections.observableArrayList(BY_THE_RULES);
    private final ObservableList<DetailRows.Line> lines = FXCollections.observableArrayList();
    private final ObservableList<DetailRows.Shipment> currentPlan = FXCollections.observableArrayList();
    private final ObservableList<DetailRows.Alternative> alternatives = FXCollections.observableArrayList();
    private final ObservableList<DetailRows.NodeVerdict> verdicts = FXCollections.observableArrayList();
    private final ObservableList<DetailRows.Event> timeline = FXCollections.observableArrayList();
    private final ObservableList<CachedException> openExceptions = FXCollections.observableArrayList();

    OrderDetailViewModel(OrderDetailLoader loader, ExceptionCommands commands, TaskExecutor executor, Clock clock) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.commands = Objects.requireNonNull(commands, "commands");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = clock.getZone();
        profile.addListener((o, before, now) -> read());
    }

    /** Shows the row's order (read again when it is the same order: it may have changed). */
    public void show(QueueItem item) {
        if (item == null) {
            return;
        }
        kind = item.kind();
        if (!item.orderId().equals(orderId)) {
            orderId = item.orderId();
            header.set("Order " + orderId);
            clear();
        }
        read();
    }

    /** The cache changed these orders: read ours again if it is among them. */
    public void ordersChanged(Set<String> orderIds) {
        if (orderIds.contains(orderId)) {
            read();
        }
    }

    private void read() {
        if (orderId.isEmpty()) {
            return;
        }
        if (reading) {
            readAgain = true;
            return;
        }
        reading = true;
        loading.set(true);
        String asked = orderId;
        Optional<String> chosen = Optional.ofNullable(profile.get()).filter(p -> !p.isEmpty());
        executor.execute(BackgroundTask.of("planning order " + asked, () -> loader.load(asked, chosen))
                .onSuccess(found -> {
                    if (asked.equals(orderId)) {
                        found.ifPresentOrElse(this::showDetail, () -> {
                            clear();
                            note.set("Order " + asked + " is not in the cache (yet)");
                        });
                    }
                })
                .onFailure(failure -> note.set("Cannot plan order " + asked + ": " + failure.getMessage()))
                .onFinished(() -> {
                    reading = false;
                    loading.set(false);
                    if (readAgain || !asked.equals(orderId)) {
                        readAgain = false;
                        read();
                    }
                }));
    }

    private void showDetail(OrderDetail found) {
        detail = Optional.of(found);
        CachedOrder order = found.order();
        header.set(String.format(Locale.ROOT, "%s · %s · %s · %s %s · value %.2f · %s%s", order.orderId(),
                order.status(), order.order().channel(), order.order().fulfillment(), order.order().serviceLevel(),
                order.value(), order.order().zip(), order.pending() > 0 ? " · change on its way" : ""));
        promise.set(promiseText(found));
        currentCost.set(found.current().map(plan -> String.format(Locale.ROOT, "Current plan: %s, cost %.2f%s",
                Plurals.of(plan.shipments().size(), "shipment"), plan.totalCost(), plan.unallocated().isEmpty() ? ""
                        : ", " + Plurals.of(unitsOpen(plan), "unit") + " open"))
                .orElse("Current plan: not priced"));
        note.set(found.note());
        lines.setAll(found.lines());
        currentPlan.setAll(found.currentShipments());
        alternatives.setAll(found.alternatives());
        verdicts.setAll(found.verdicts());
        timeline.setAll(found.timeline());
        openExceptions.setAll(found.openExceptions());
        List<String> choices = new ArrayList<>();
        choices.add(BY_THE_RULES);
        choices.addAll(found.profiles());
        if (!profiles.equals(choices)) {
            profiles.setAll(choices);
        }
    }

    private String promiseText(OrderDetail found) {
        Optional<Instant> due = found.world().flatMap(w -> Optional.of(PlanPricer.promisedBy(found.order(),
                w.network().model().serviceLevelDays(found.order().order().serviceLevel())).plusDays(1)
                .atStartOfDay(ZoneOffset.UTC).toInstant()));
        if (due.isEmpty()) {
            return "Promise: unknown until the rate card arrives";
        }
        Duration left = Duration.between(clock.instant(), due.get());
        String when = WHEN.format(due.get().atZone(zone));
        return left.isNegative() ? "Promised by " + when + ": " + Durations.text(left.negated()) + " past it"
                : "Promised by " + when + ": " + Durations.text(left) + " left";
    }

    private static int unitsOpen(PricedPlan plan) {
        return plan.unallocated().values().stream().mapToInt(Integer::intValue).sum();
    }

    private void clear() {
        detail = Optional.empty();
        promise.set("");
        currentCost.set("");
        note.set("");
        lines.clear();
        currentPlan.clear();
        alternatives.clear();
        verdicts.clear();
        timeline.clear();
        openExceptions.clear();
    }

    // --- decisions ----------------------------------------------------------------------------------------------

    /** The dialog to apply alternative {@code rank} (1 is the optimum); empty when there is no such plan yet. */
    public Optional<ApplyDialogViewModel> applyDialog(int rank) {
        if (detail.isEmpty() || detail.get().world().isEmpty() || rank < 1 || rank > alternatives.size()) {
            return Optional.empty();
        }
        DetailRows.Alternative alternative = alternatives.get(rank - 1);
        OrderDetail found = detail.get();
        PricedPlan priced = new PlanPricer(found.world().get()).price(alternative.plan());
        PlanChange.Result change = PlanChange.ofPlan(found.order(), alternative.plan(), priced.late(), "",
                commands.actor());
        List<String> problems = change.problems();
        if (change.commands().isEmpty() && problems.isEmpty()) {
            problems = List.of("The order has this plan already: nothing to change");
        }
        return Optional.of(new ApplyDialogViewModel("Apply plan " + rank + ": " + alternative.basis(),
                alternative.plan(), priced, found.current().map(PricedPlan::totalCost).orElse(0.0), problems,
                ReasonCode.suggestedFor(kind)));
    }

    /** Sends the plan the dialog shows, with its reason. */
    public void apply(ApplyDialogViewModel dialog) {
        OrderDetail found = detail.orElseThrow(() -> new IllegalStateException("no order is shown"));
        PlanChange.Result change = PlanChange.ofPlan(found.order(), dialog.plan(), dialog.late(),
                dialog.reasonText(), commands.actor());
        send(found, change, dialog.title());
    }

    /** A hand-built plan over the order, starting from its current plan. */
    public Optional<PlanEditorViewModel> editor() {
        return detail.flatMap(found -> found.world().map(world -> new PlanEditorViewModel(found.order(), world,
                ReasonCode.suggestedFor(kind))));
    }

    /** Sends the editor's plan, with its reason. */
    public void apply(PlanEditorViewModel editor) {
        OrderDetail found = detail.orElseThrow(() -> new IllegalStateException("no order is shown"));
        send(found, editor.change(commands.actor()), "hand-built plan for " + found.order().orderId());
    }

    /** Closes one of the order's open exceptions (the customer decided, or the units were dealt with elsewhere). */
    public void resolve(CachedException exception, ReasonCode reason, String note) {
        OrderDetail found = detail.orElseThrow(() -> new IllegalStateException("no order is shown"));
        NewCommand command = new NewCommand("RESOLVE_EXCEPTION", "order", found.order().orderId(),
                found.order().version(), CommandJson.resolve(exception.exceptionId()), reason.reason(note),
                commands.actor());
        commands.send(List.of(command), Set.of(found.order().orderId()), "resolve " + exception.exceptionId(),
                done -> read());
    }

    private void send(OrderDetail found, PlanChange.Result change, String what) {
        if (!change.problems().isEmpty()) {
            commands.say("Cannot send " + what + ": " + String.join("; ", change.problems()));
            return;
        }
        commands.send(change.commands(), Set.of(found.order().orderId()), what, done -> read());
    }

    // --- properties ---------------------------------------------------------------------------------------------

    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty promiseProperty() {
        return promise.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentCostProperty() {
        return currentCost.getReadOnlyProperty();
    }

    /** Why part of the pane is empty, or what went wrong; "" when all is well. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The profile to plan with: {@link #BY_THE_RULES} or a profile's name (the planner's input). */
    public ObjectProperty<String> profileProperty() {
        return profile;
    }

    public ObservableList<String> profiles() {
        return profiles;
    }

    ObservableList<DetailRows.Line> lines() {
        return lines;
    }

    ObservableList<DetailRows.Shipment> currentPlan() {
        return currentPlan;
    }

    ObservableList<DetailRows.Alternative> alternatives() {
        return alternatives;
    }

    ObservableList<DetailRows.NodeVerdict> verdicts() {
        return verdicts;
    }

    ObservableList<DetailRows.Event> timeline() {
        return timeline;
    }

    public ObservableList<CachedException> openExceptions() {
        return openExceptions;
    }

    public String orderId() {
        return orderId;
    }
}
