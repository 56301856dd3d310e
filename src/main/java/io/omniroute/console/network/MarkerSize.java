package io.omniroute.console.network;

/** What a marker's size shows. Its area grows with the value, so a node twice as big looks twice as big. */
public enum MarkerSize {
    UNITS_ON_HAND("Units on hand"),
    CAPACITY_USE("Capacity use");

    static final double MIN_RADIUS = 3.5;
    static final double MAX_RADIUS = 13;

    private final String label;

    MarkerSize(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The marker's radius in pixels.
     *
     * @param mostUnits the most units on hand of any node, so the biggest node gets the biggest marker
     */
    public double radius(NetworkNode node, long mostUnits) {
        double share = switch (this) {
            case UNITS_ON_HAND -> mostUnits <= 0 ? 0 : (double) node.unitsOnHand() / mostUnits;
            // An unlimited node has no use to show: smallest marker. Over capacity shows as full.
            case CAPACITY_USE -> node.capacityUse().orElse(0);
        };
        share = Math.max(0, Math.min(1, share));
        return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(share);
    }
}
