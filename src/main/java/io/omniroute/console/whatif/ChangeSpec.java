package io.omniroute.console.whatif;

import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.rules.RulesReader;
import io.omniroute.engine.whatif.Change;
import io.omniroute.engine.whatif.StockScope;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One change of a variant as the user made it: what a study saves and the form edits. The engine's {@link Change}
 * hides its values, so the console keeps its own; {@link #toChange()} makes the engine's, which checks itself
 * against the baseline when applied.
 */
sealed interface ChangeSpec {

    ChangeType type();

    Change toChange();

    /** What the change does, in the engine's words: {@code close node DC-009}. */
    default String describe() {
        return toChange().describe();
    }

    /** Rules from YAML text, parsed once; {@code source} names the text in problems (a file name, or "rules.yaml"). */
    record ReplaceRules(String yaml, String source, RuleSet rules) implements ChangeSpec {

        public ReplaceRules {
            Objects.requireNonNull(yaml, "yaml");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(rules, "rules");
        }

        /** @throws io.omniroute.engine.scenario.InvalidInputException naming each problem's line and field */
        static ReplaceRules parse(String yaml, String source) {
            return new ReplaceRules(yaml, source, RulesReader.parse(yaml, source));
        }

        @Override
        public ChangeType type() {
            return ChangeType.REPLACE_RULES;
        }

        @Override
        public Change toChange() {
            return Change.replaceRules(rules);
        }
    }

    record CloseNode(String nodeId) implements ChangeSpec {
        @Override
        public ChangeType type() {
            return ChangeType.CLOSE_NODE;
        }

        @Override
        public Change toChange() {
            return Change.closeNode(nodeId);
        }
    }

    record OpenNode(String nodeId) implements ChangeSpec {
        @Override
        public ChangeType type() {
            return ChangeType.OPEN_NODE;
        }

        @Override
        public Change toChange() {
            return Change.openNode(nodeId);
        }
    }

    /** @param perDay empty lifts the limit */
    record SetCapacity(String nodeId, OptionalInt perDay) implements ChangeSpec {
        @Override
        public ChangeType type() {
            return ChangeType.SET_CAPACITY;
        }

        @Override
        public Change toChange() {
            return perDay.isPresent() ? Change.setCapacity(nodeId, perDay.getAsInt())
                    : Change.removeCapacityLimit(nodeId);
        }
    }

    record ScaleCapacity(String nodeId, double factor) implements ChangeSpec {
        @Override
        public ChangeType type() {
            return ChangeType.SCALE_CAPACITY;
        }

        @Override
        public Change toChange() {
            return Change.scaleCapacity(nodeId, factor);
        }
    }

    record ScaleStock(StockScope scope, double factor) implements ChangeSpec {
        @Override
        public ChangeType type() {
            return ChangeType.SCALE_STOCK;
        }

        @Override
        public Change toChange() {
            return Change.scaleStock(scope, factor);
        }
    }

    /** @param items by SKU or category, never by node: the nodes are {@code from} and {@code to} */
    record MoveStock(String from, String to, StockScope items, double fraction) implements ChangeSpec {
        @Override
        public ChangeType type() {
            return ChangeType.MOVE_STOCK;
        }

        @Override
        public Change toChange() {
            return Change.moveStock(from, to, items, fraction);
        }
    }

    /** @param carrier empty scales every carrier */
    record ScaleCarrierRates(Optional<String> carrier, double factor) implements ChangeSpec {
        @Override
        public ChangeType type() {
            return ChangeType.SCALE_CARRIER_RATES;
        }

        @Override
        public Change toChange() {
            return carrier.map(c -> Change.scaleCarrierRates(c, factor)).orElseGet(() -> Change.scaleCarrierRates(
                    factor));
        }
    }

    record ScaleDemand(double factor, long seed) implements ChangeSpec {
        @Override
        public ChangeType type() {
            return ChangeType.SCALE_DEMAND;
        }

        @Override
        public Change toChange() {
            return Change.scaleDemand(factor, seed);
        }
    }
}
