package io.omniroute.console.inventory;

/**
 * What the last applied query did, for the view: a live refresh keeps the scroll place, a new request does not.
 *
 * @param sequence counts applied results, so two equal outcomes still differ
 * @param liveUpdate the data changed, rather than the user's filter or sort
 */
public record QueryOutcome(long sequence, int shown, int livePositions, long millis, boolean liveUpdate) {
}
