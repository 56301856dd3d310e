package io.omniroute.generate;

/** The service level names orders use; {@link RateCard#serviceLevels()} defines their promises. */
final class ServiceLevels {

    static final String SAME_DAY = "SAME_DAY";
    static final String NEXT_DAY = "NEXT_DAY";
    static final String TWO_DAY = "TWO_DAY";
    static final String STANDARD = "STANDARD";
    static final String ECONOMY = "ECONOMY";

    private ServiceLevels() {
    }
}
