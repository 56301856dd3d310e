package io.omniroute.server.commands;

import io.omniroute.server.auth.Session;
import io.omniroute.server.http.ApiException;
import io.omniroute.server.store.ExceptionRow;
import io.omniroute.server.store.FeedData;
import io.omniroute.server.store.Tx;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * TAKE_EXCEPTION and RELEASE_EXCEPTION: a planner takes an open exception to work it, or gives it back. The target
 * is the exception itself, at its own version, so taking one never moves the order's version under a reroute the
 * same planner has already decided on.
 */
final class ExceptionAssignment implements CommandHandler {

    private final boolean take;

    private ExceptionAssignment(boolean take) {
        this.take = take;
    }

    static ExceptionAssignment take() {
        return new ExceptionAssignment(true);
    }

    static ExceptionAssignment release() {
        return new ExceptionAssignment(false);
    }

    @Override
    public Applied apply(Tx tx, Session caller, Command command, Instant now) throws SQLException {
        ExceptionRow exception = tx.exceptions().find(command.target())
                .orElseThrow(() -> ApiException.notFound("no exception " + command.target()));
        Targets.requireVersion("exception " + exception.exceptionId(), exception.version(), command.expectedVersion(),
                view(exception));
        Problems problems = new Problems();
        new Payload(command.payload(), Set.of(), problems);
        if (!ExceptionRow.OPEN.equals(exception.status())) {
            problems.add("target", "exception " + exception.exceptionId() + " is " + exception.status()
                    + ": only an open exception is taken or released");
        } else if (!take && exception.assignee().isEmpty()) {
            problems.add("target", "exception " + exception.exceptionId() + " is not taken by anyone");
        }
        problems.throwIfAny((take ? "the take" : "the release") + " is not valid");
        Optional<String> assignee = take ? Optional.of(caller.userName()) : Optional.empty();
        if (!tx.exceptions().assign(exception.exceptionId(), assignee, now, exception.version())) {
            throw ApiException.conflict("exception " + exception.exceptionId() + " changed while this command ran",
                    view(tx.exceptions().find(exception.exceptionId()).orElseThrow()));
        }
        ExceptionRow after = tx.exceptions().find(exception.exceptionId()).orElseThrow();
        FeedRows feed = new FeedRows();
        feed.exception(after);
        return new Applied(after.version(), feed.append(tx));
    }

    private static Map<String, Object> view(ExceptionRow exception) {
        Map<String, Object> view = FeedData.exception(exception);
        view.put("version", exception.version());
        return view;
    }
}
