package io.omniroute.engine.sourcing;

import java.util.List;
import java.util.Objects;

/**
 * The plans an order could take, ranked by objective, with the explanation of the optimum.
 *
 * <p>The first plan is the optimum. The second is the exact second-best plan over distinct sets of shipping nodes:
 * any other plan either ships from a node the optimum leaves out (so the best plan using that node is at least as
 * good) or leaves out a node the optimum uses (so the best plan without it is). Each later plan is the best plan
 * under its own {@link Alternative.Basis}.
 */
public record Alternatives(Explanation explanation, List<Alternative> plans) {

    public Alternatives {
        Objects.requireNonNull(explanation, "explanation");
        plans = List.copyOf(plans);
        if (plans.isEmpty() || plans.get(0).basis() != Alternative.Basis.OPTIMAL) {
            throw new IllegalArgumentException("the alternatives start with the optimal plan");
        }
    }

    public Alternative optimal() {
        return plans.get(0);
    }
}
