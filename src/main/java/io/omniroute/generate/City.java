package io.omniroute.generate;

/** A populated place from the bundled GeoNames extract. */
record City(String name, String state, double lat, double lon, int population, String timezone) {

    /** A shorter name for node labels: GeoNames keeps administrative forms such as "Borough of Queens". */
    String displayName() {
        String shown = name;
        for (String prefix : new String[] {"Borough of ", "Metropolitan Government of ", "City of ", "Town of "}) {
            if (shown.startsWith(prefix)) {
                shown = shown.substring(prefix.length());
            }
        }
        int bracket = shown.indexOf(" (");
        if (bracket > 0) {
            shown = shown.substring(0, bracket);
        }
        if (shown.startsWith("Washington, D")) {
            shown = "Washington";
        }
        return shown;
    }
}
