package io.omniroute.console.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.console.task.TaskExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LatestQueriesTest {

    private final List<String> shown = new ArrayList<>();
    private final List<Boolean> live = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private String input = "";
    private Runnable whileRunning = () -> { };
    private boolean honourWanted = true;

    private final LatestQueries<String> queries = new LatestQueries<>(TaskExecutor.currentThread(), Duration.ZERO,
            this::capture, (result, isLive) -> {
                shown.add(result);
                live.add(isLive);
            }, failures::add);

    private LatestQueries.Work<String> capture() {
        String asked = input;
        return wanted -> {
            Runnable during = whileRunning;
            whileRunning = () -> { };
            during.run();
            return honourWanted && !wanted.getAsBoolean() ? Optional.empty() : Optional.of(asked);
        };
    }

    @Test
    void aRequestWhileAQueryRunsReplacesItsResult() {
        input = "m";
        whileRunning = () -> {
            input = "mu";
            queries.request(false);
        };

        queries.request(false);

        assertThat(shown).containsExactly("mu");
    }

    @Test
    void aResultThatIsNoLongerTheNewestIsDroppedEvenWhenComputed() {
        honourWanted = false;
        input = "m";
        whileRunning = () -> {
            input = "mug";
            queries.request(false);
        };

        queries.request(false);

        assertThat(shown).containsExactly("mug");
    }

    @Test
    void severalRequestsWhileRunningRunOnceMore() {
        int[] runs = {0};
        whileRunning = () -> {
            queries.request(false);
            queries.request(false);
            queries.request(false);
        };
        Runnable counted = () -> runs[0]++;
        Runnable previous = whileRunning;
        whileRunning = () -> {
            counted.run();
            previous.run();
        };

        queries.request(false);

        assertThat(runs[0]).isEqualTo(1);
        assertThat(shown).hasSize(1);
        assertThat(queries.generation()).isEqualTo(4);
    }

    @Test
    void aUserRequestAmongLiveOnesStartsAtTheTop() {
        whileRunning = () -> {
            queries.request(true);
            queries.request(false);
            queries.request(true);
        };

        queries.request(true);

        assertThat(live).containsExactly(false);
    }

    @Test
    void liveRefreshesAreSpacedByTheGap() {
        LatestQueries<String> spaced = new LatestQueries<>(TaskExecutor.currentThread(), Duration.ofMillis(150),
                this::capture, (result, isLive) -> shown.add(result), failures::add);
        spaced.request(true);
        long first = System.nanoTime();

        spaced.request(true);

        assertThat(Duration.ofNanos(System.nanoTime() - first)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(shown).hasSize(2);
    }

    @Test
    void aUserRequestDoesNotWaitForTheGap() {
        LatestQueries<String> spaced = new LatestQueries<>(TaskExecutor.currentThread(), Duration.ofSeconds(5),
                this::capture, (result, isLive) -> shown.add(result), failures::add);
        spaced.request(true);
        long start = System.nanoTime();

        spaced.request(false);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aFailureIsReportedAndTheNextRequestStillRuns() {
        LatestQueries<String> failing = new LatestQueries<>(TaskExecutor.currentThread(), Duration.ZERO,
                () -> wanted -> {
                    throw new IllegalStateException("boom");
                }, (result, isLive) -> shown.add(result), failures::add);

        failing.request(false);
        failing.request(false);

        assertThat(failures).hasSize(2).allMatch(error -> error.getMessage().equals("boom"));
    }
}
