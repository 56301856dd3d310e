package io.omniroute.server.commands;

import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.rules.RulesReader;
import io.omniroute.engine.scenario.InputProblem;
import io.omniroute.engine.scenario.InvalidInputException;
import io.omniroute.server.auth.Session;
import io.omniroute.server.http.ApiException;
import io.omniroute.server.store.RulesRow;
import io.omniroute.server.store.Tx;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * PUBLISH_RULES: an admin replaces the sourcing rules. The file is checked in full, syntax and then the node ids
 * and service levels it names, before anything is written; orders sourced after the commit use it.
 */
final class RulesPublication implements CommandHandler {

    static final String TARGET = "rules";
    private static final String FILE_NAME = "rules.yaml";
    private static final Set<String> KEYS = Set.of("yaml");

    private final Set<String> nodeIds;
    private final Set<String> serviceLevels;

    RulesPublication(Set<String> nodeIds, Set<String> serviceLevels) {
        this.nodeIds = Set.copyOf(nodeIds);
        this.serviceLevels = Set.copyOf(serviceLevels);
    }

    @Override
    public Applied apply(Tx tx, Session caller, Command command, Instant now) throws SQLException {
        Problems problems = new Problems();
        if (!TARGET.equals(command.target())) {
            problems.add("target", "is '" + command.target() + "': PUBLISH_RULES targets 'rules'");
            problems.throwIfAny("the publication is not valid");
        }
        Optional<RulesRow> current = tx.rules().current();
        long version = current.map(RulesRow::version).orElse(0L);
        Targets.requireVersion("the rules", version, command.expectedVersion(), Views.rules(current));
        String yaml = new Payload(command.payload(), KEYS, problems).requiredText("yaml").orElse("");
        problems.throwIfAny("the publication is not valid");
        try {
            RuleSet rules = RulesReader.parse(yaml, FILE_NAME);
            RulesReader.checkReferences(rules, nodeIds, serviceLevels);
        } catch (InvalidInputException e) {
            for (InputProblem problem : e.problems()) {
                problems.add(problem.field().isEmpty() ? "yaml" : "yaml." + problem.field(), problem.toString());
            }
            problems.throwIfAny("the rules have " + e.problems().size() + " problem(s); nothing was published");
        }
        if (!tx.rules().publish(yaml, caller.userName(), now, version)) {
            throw ApiException.conflict("the rules were published by someone else while this command ran",
                    Views.rules(tx.rules().current()));
        }
        RulesRow published = tx.rules().current().orElseThrow();
        FeedRows feed = new FeedRows();
        feed.rules(published);
        return new Applied(published.version(), feed.append(tx));
    }
}
