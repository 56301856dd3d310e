package io.omniroute.cli;

import io.omniroute.engine.scenario.InvalidInputException;
import io.omniroute.server.OmnirouteServer;
import io.omniroute.server.ServerSettings;
import io.omniroute.server.demo.DemoSettings;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code omniroute serve}: the reference backend of docs/sync-api.md. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the reference backend API (docs/sync-api.md) on H2 or PostgreSQL.",
            "With --scenario and an empty database it first loads the scenario's network, SKUs, inventory and"
                    + " rules.",
            "With --demo it also replays the scenario's orders as a live stream and plays the stores and shipping"
                    + " nodes, so a console sees a living network."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Database (default: an H2 file under --data-dir). PostgreSQL: jdbc:postgresql://HOST/DB.")
    String jdbcUrl;

    @Option(names = "--db-user", defaultValue = "${env:OMNIROUTE_DB_USER:-sa}", description = "Database user.")
    String dbUser;

    @Option(names = "--db-password-env", defaultValue = "OMNIROUTE_DB_PASSWORD", paramLabel = "VAR",
            description = "Environment variable holding the database password (default: ${DEFAULT-VALUE}).")
    String dbPasswordEnv;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${sys:user.home}/.omniroute",
            description = "Folder for the default H2 database (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--scenario", paramLabel = "DIR", description = "Scenario to load into an empty database.")
    Path scenario;

    @Option(names = "--demo", description = "Replay the --scenario's orders, re-stamped to now, and play the stores"
            + " (accept, ready, collect; a few rejections and no-shows) and the shipping nodes.")
    boolean demo;

    @Option(names = "--rate", paramLabel = "N", description = "Demo orders per second (default: 5; at most 100).")
    Double rate;

    @Option(names = "--users", paramLabel = "FILE", required = true,
            description = "Users file, as written by 'omniroute user add'.")
    Path users;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) {
            err.println("error: --port must be 0..65535, was " + port);
            return OmnirouteCommand.EXIT_BAD_INPUT;
        }
        Optional<String> demoProblem = demoProblem();
        if (demoProblem.isPresent()) {
            err.println("error: " + demoProblem.get());
            return OmnirouteCommand.EXIT_BAD_INPUT;
        }
        String url = jdbcUrl != null ? jdbcUrl : "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("server");
        String password = Optional.ofNullable(System.getenv(dbPasswordEnv)).orElse("");
        ServerSettings settings = new ServerSettings(bind, port, url, dbUser, password, Optional.ofNullable(scenario),
                users);
        if (demo) {
            settings = settings.withDemo(DemoSettings.atRate(demoRate()));
        }
        OmnirouteServer server;
        try {
            server = OmnirouteServer.start(settings, Clock.systemUTC());
        } catch (InvalidInputException e) {
            return BadInput.report(e, err);
        }
        String demoNote = demo ? ", demo at " + BigDecimal.valueOf(demoRate()).stripTrailingZeros().toPlainString()
                + " orders/s" : "";
        out.printf("serving http://%s:%d/api/v1%s (Ctrl+C stops)%n", bind, server.port(), demoNote);
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "omniroute-shutdown"));
        stopped.await();
        return 0;
    }

    private double demoRate() {
        return rate == null ? DemoSettings.DEFAULT_ORDERS_PER_SECOND : rate;
    }

    /** What is wrong with the demo options, checked before anything starts. */
    private Optional<String> demoProblem() {
        if (demo && scenario == null) {
            return Optional.of("--demo replays the orders of a scenario: give its folder with --scenario DIR");
        }
        if (!demo && rate != null) {
            return Optional.of("--rate sets the pace of --demo: add --demo, or leave --rate out");
        }
        if (!DemoSettings.isValidRate(demoRate())) {
            return Optional.of("--rate must be > 0 and <= " + (int) DemoSettings.MAX_ORDERS_PER_SECOND
                    + " orders per second, was " + rate);
        }
        return Optional.empty();
    }
}
