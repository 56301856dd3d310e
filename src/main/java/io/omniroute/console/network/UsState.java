package io.omniroute.console.network;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 50 states and DC: their postal code (as the ZIP directory names a node's state), their FIPS code (as the
 * bundled outlines name a feature) and their name. Territories are left out: the Albers USA map has no place for them.
 */
public enum UsState {
    AL("01", "Alabama"), AK("02", "Alaska"), AZ("04", "Arizona"), AR("05", "Arkansas"), CA("06", "California"),
    CO("08", "Colorado"), CT("09", "Connecticut"), DE("10", "Delaware"), DC("11", "District of Columbia"),
    FL("12", "Florida"), GA("13", "Georgia"), HI("15", "Hawaii"), ID("16", "Idaho"), IL("17", "Illinois"),
    IN("18", "Indiana"), IA("19", "Iowa"), KS("20", "Kansas"), KY("21", "Kentucky"), LA("22", "Louisiana"),
    ME("23", "Maine"), MD("24", "Maryland"), MA("25", "Massachusetts"), MI("26", "Michigan"), MN("27", "Minnesota"),
    MS("28", "Mississippi"), MO("29", "Missouri"), MT("30", "Montana"), NE("31", "Nebraska"), NV("32", "Nevada"),
    NH("33", "New Hampshire"), NJ("34", "New Jersey"), NM("35", "New Mexico"), NY("36", "New York"),
    NC("37", "North Carolina"), ND("38", "North Dakota"), OH("39", "Ohio"), OK("40", "Oklahoma"), OR("41", "Oregon"),
    PA("42", "Pennsylvania"), RI("44", "Rhode Island"), SC("45", "South Carolina"), SD("46", "South Dakota"),
    TN("47", "Tennessee"), TX("48", "Texas"), UT("49", "Utah"), VT("50", "Vermont"), VA("51", "Virginia"),
    WA("53", "Washington"), WV("54", "West Virginia"), WI("55", "Wisconsin"), WY("56", "Wyoming");

    private static final Map<String, UsState> BY_FIPS = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(UsState::fips, Function.identity()));

    private final String fips;
    private final String title;

    UsState(String fips, String title) {
        this.fips = fips;
        this.title = title;
    }

    /** The two-digit FIPS code, "48" for Texas. */
    public String fips() {
        return fips;
    }

    /** The postal code, "TX". */
    public String code() {
        return name();
    }

    /** The full name, "Texas". */
    public String title() {
        return title;
    }

    public static Optional<UsState> byFips(String fips) {
        return Optional.ofNullable(BY_FIPS.get(fips));
    }

    public static Optional<UsState> byCode(String code) {
        return Arrays.stream(values()).filter(state -> state.name().equals(code)).findFirst();
    }

    /** "TX · Texas" for a known code; a territory or an unknown code stays as it is ("PR"). */
    public static String describe(String code) {
        return byCode(code).map(state -> state.code() + " · " + state.title()).orElse(code);
    }
}
