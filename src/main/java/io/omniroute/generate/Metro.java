package io.omniroute.generate;

import java.util.List;

/** Places within a short drive of a principal city, treated as one market. Members are largest first. */
record Metro(City principal, List<City> members, long population) {

    Metro {
        members = List.copyOf(members);
    }

    String name() {
        return principal.displayName();
    }
}
