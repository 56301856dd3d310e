package io.omniroute.server.store;

import java.time.Instant;
import java.util.Objects;

/** The published sourcing rules: rules.yaml text, its version and who published it when. */
public record RulesRow(long version, String yaml, Instant publishedAt, String publishedBy) {

    /** The rules' one id, in the table and in the change feed. */
    public static final String ID = "current";

    public RulesRow {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(publishedBy, "publishedBy");
    }
}
