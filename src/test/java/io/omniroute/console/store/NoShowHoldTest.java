package io.omniroute.console.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.cache.PickupRow;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NoShowHoldTest {

    private static final Instant READY_AT = Pickups.NOW.minus(Duration.ofHours(10));

    @Test
    void theHoldEndsSeventyTwoHoursAfterThePickupBecameReady() {
        PickupRow ready = Pickups.pickup("O-1").status("READY").readyAt(READY_AT).build();

        assertThat(NoShowHold.endsAt(ready)).isEqualTo(READY_AT.plus(Duration.ofHours(72)));
    }

    @Test
    void aNoShowIsAllowedFromTheMomentTheHoldEndsNotBefore() {
        PickupRow ready = Pickups.pickup("O-1").status("READY").readyAt(READY_AT).build();
        Instant holdEnds = READY_AT.plus(Duration.ofHours(72));

        assertThat(PickupAction.NO_SHOW.allows(ready, false, holdEnds.minusSeconds(1))).isFalse();
        assertThat(PickupAction.NO_SHOW.allows(ready, false, holdEnds)).isTrue();
    }

    @Test
    void withoutReadyAtTheHoldCountsFromTheReadyByTimeAsTheBackendDoes() {
        PickupRow ready = Pickups.pickup("O-1").status("READY").readyBy(READY_AT).build();

        assertThat(NoShowHold.endsAt(ready)).isEqualTo(READY_AT.plus(Duration.ofHours(72)));
    }

    @Test
    void aPickupWithACommandInFlightTakesNoNoShow() {
        PickupRow ready = Pickups.pickup("O-1").status("READY").readyAt(READY_AT).build();

        assertThat(PickupAction.NO_SHOW.allows(ready, true, READY_AT.plus(Duration.ofDays(4)))).isFalse();
    }
}
