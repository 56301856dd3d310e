package io.omniroute.console.whatif;

/** Where the baseline is read from. */
enum BaselineSource {
    CACHE("Cached snapshot"),
    FOLDER("Scenario folder");

    private final String label;

    BaselineSource(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
