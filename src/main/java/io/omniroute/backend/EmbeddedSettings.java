package io.omniroute.backend;

import io.omniroute.generate.GeneratorSettings;
import io.omniroute.server.auth.User;
import io.omniroute.server.demo.DemoSettings;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How the embedded backend runs.
 *
 * @param dataDir holds the server's and the cache's H2 files, the users file and the sample scenario
 * @param sample what the sample scenario is generated from on first use
 * @param demo the pace of the demo that keeps the sample network moving
 * @param user the local planner the console logs in as
 */
public record EmbeddedSettings(Path dataDir, GeneratorSettings sample, DemoSettings demo, String user) {

    /** Small enough that a first start takes seconds, large enough to look like a regional network. */
    public static final GeneratorSettings SAMPLE = GeneratorSettings.of(60, 2_000, 5_000, 7, 2026);
    /** Gentle: a planner can follow the queue, and the laptop's fan stays quiet. */
    public static final double DEMO_ORDERS_PER_SECOND = 2;
    public static final String LOCAL_USER = "local";

    public EmbeddedSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(demo, "demo");
        Objects.requireNonNull(user, "user");
        User.nameProblem(user).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    /** The defaults: the bundled sample, a demo at {@value #DEMO_ORDERS_PER_SECOND} orders/s, the user "local". */
    public static EmbeddedSettings in(Path dataDir) {
        return new EmbeddedSettings(dataDir, SAMPLE, DemoSettings.atRate(DEMO_ORDERS_PER_SECOND), LOCAL_USER);
    }

    public EmbeddedSettings withSample(GeneratorSettings settings) {
        return new EmbeddedSettings(dataDir, settings, demo, user);
    }

    public EmbeddedSettings withDemo(DemoSettings settings) {
        return new EmbeddedSettings(dataDir, sample, settings, user);
    }
}
