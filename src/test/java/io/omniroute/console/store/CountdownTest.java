package io.omniroute.console.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountdownTest {

    private static final Instant NOW = Pickups.NOW;

    @ParameterizedTest
    @CsvSource(textBlock = """
            # seconds left, text,            urgency
            183600,         in 2 d 3 h,      ON_TIME
            5400,           in 1 h 30 min,   ON_TIME
            3900,           in 1 h 05 min,   ON_TIME
            1800,           in 30 min,       ON_TIME
            1799,           in 29 min,       SOON
            60,             in 1 min,        SOON
            30,             in < 1 min,      SOON
            0,              overdue < 1 min, OVERDUE
            -300,           overdue 5 min,   OVERDUE
            -7500,          overdue 2 h 05 min, OVERDUE
            """)
    void turnsAmberUnderHalfAnHourAndRedWhenOverdue(long secondsLeft, String text, Countdown.Urgency urgency) {
        Countdown countdown = Countdown.until(NOW.plus(Duration.ofSeconds(secondsLeft)), NOW);

        assertThat(countdown).isEqualTo(new Countdown(text, urgency));
    }

    @Test
    void onlySoonAndOverdueCarryAStyleClassForTheirColour() {
        assertThat(Countdown.Urgency.SOON.styleClass()).isEqualTo("due-soon");
        assertThat(Countdown.Urgency.OVERDUE.styleClass()).isEqualTo("overdue");
        assertThat(Countdown.Urgency.ON_TIME.styleClass()).isEmpty();
        assertThat(Countdown.NONE.urgency().styleClass()).isEmpty();
    }
}
