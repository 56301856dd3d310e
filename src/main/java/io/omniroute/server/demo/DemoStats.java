package io.omniroute.server.demo;

import java.util.Locale;

/** What the demo has done since it started, for its periodic log line. Touched only by the demo's thread. */
final class DemoStats {

    private long ordersPlaced;
    private long ordersWithExceptions;
    private long ordersRefused;
    private long shipped;
    private long pickupsCollected;
    private long pickupsRejected;
    private long noShows;
    private long failedSteps;

    void orderPlaced(boolean withExceptions) {
        ordersPlaced++;
        if (withExceptions) {
            ordersWithExceptions++;
        }
    }

    void orderRefused() {
        ordersRefused++;
    }

    void shipped() {
        shipped++;
    }

    void pickupCollected() {
        pickupsCollected++;
    }

    void pickupRejected() {
        pickupsRejected++;
    }

    void noShow() {
        noShows++;
    }

    void stepFailed() {
        failedSteps++;
    }

    /** One line of counts; no order ids, customers or addresses. */
    String summary() {
        return String.format(Locale.ROOT, "demo: %d orders created (%d with exceptions, %d refused), %d shipped;"
                        + " pickups %d collected, %d rejected, %d no-shows; %d steps failed",
                ordersPlaced, ordersWithExceptions, ordersRefused, shipped, pickupsCollected, pickupsRejected,
                noShows, failedSteps);
    }
}
