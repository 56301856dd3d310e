package io.omniroute.console.exceptions;

import io.omniroute.console.planning.PlanLine;
import io.omniroute.console.planning.PricedPlan;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The last step before a plan goes out: what it does, at what cost against the current plan, and why the planner
 * chose it. A plan that misses the promise needs the planner to say so, with a note; one the backend would refuse
 * cannot be sent at all.
 */
public final class ApplyDialogViewModel {

    private final String title;
    private final List<PlanLine> plan;
    private final String summary;
    private final List<String> problems;
    private final boolean late;
    private final DecisionInput decision;
    private final BooleanBinding canApply;

    ApplyDialogViewModel(String title, List<PlanLine> planLines, PricedPlan plan, double currentCost,
            List<String> commandProblems, ReasonCode suggested) {
        this.title = Objects.requireNonNull(title, "title");
        this.plan = List.copyOf(planLines);
        this.late = plan.late();
        this.problems = commandProblems.isEmpty() ? plan.problems()
                : Stream.concat(plan.problems().stream(), commandProblems.stream()).toList();
        this.decision = new DecisionInput(suggested);
        this.summary = plan.unitsPlaced() + " of " + Plurals.of(plan.unitsPlaced() + plan.unallocated().values()
                .stream().mapToInt(Integer::intValue).sum(), "open unit") + " · " + PlanSummary.of(plan, currentCost);
        BooleanBinding given = decision.given(new SimpleBooleanProperty(late));
        canApply = Bindings.createBooleanBinding(() -> problems.isEmpty() && given.get(), given);
    }

    /** The plan's lines: what goes out if the planner applies it. */
    List<PlanLine> plan() {
        return plan;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    /** Why the backend would refuse the plan; the dialog shows them and offers no Apply. */
    public List<String> problems() {
        return problems;
    }

    public boolean late() {
        return late;
    }

    public String lateQuestion() {
        return "This plan misses the promise. Deliver late anyway? Say why in the note.";
    }

    public DecisionInput decision() {
        return decision;
    }

    public BooleanBinding canApplyProperty() {
        return canApply;
    }

    /** The command's reason: the code and the note. */
    public String reasonText() {
        return decision.reasonText();
    }
}
