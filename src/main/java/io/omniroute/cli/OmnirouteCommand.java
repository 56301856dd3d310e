package io.omniroute.cli;

import io.omniroute.backend.ConsoleBackend;
import io.omniroute.backend.EmbeddedSettings;
import io.omniroute.console.shell.ConsoleApp;
import io.omniroute.console.shell.ConsoleStart;
import io.omniroute.sync.Password;
import io.omniroute.sync.SyncSettings;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The top-level {@code omniroute} command: lists every subcommand in its help, and without one opens the console
 * backend (until the window exists, headless).
 */
@Command(
        name = "omniroute",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Distributed order management: sourcing engine, simulation and operations console.",
            "Without a command it runs the console's backend and keeps the local cache in --data-dir synced until"
                    + " Ctrl-C: with no --server, the reference server in this process on 127.0.0.1, seeded from a"
                    + " bundled sample network in demo mode, with a local user; with --server URL --user NAME, that"
                    + " backend (the password comes from " + PasswordInput.VARIABLE + ", else the terminal or"
                    + " standard input)."},
        subcommands = {
            CommandLine.HelpCommand.class,
            SimulateCommand.class,
            ExplainCommand.class,
            BenchCommand.class,
            BenchAlternativesCommand.class,
            ServeCommand.class,
            BenchApiCommand.class,
            GenerateCommand.class,
            UserCommand.class,
            SyncCommand.class,
            CacheCommand.class,
            BenchSyncCommand.class,
            BenchInventoryCommand.class,
            CompareBenchCommand.class,
        })
public final class OmnirouteCommand implements Callable<Integer> {

    /** Exit code for input the user must fix (a bad file, column or value). */
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--server", paramLabel = "URL",
            description = "A remote backend, e.g. https://oms.example.com (default: the embedded server).")
    String server;

    @Option(names = "--user", paramLabel = "NAME", description = "User to log in to --server as.")
    String user;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${sys:user.home}/.omniroute",
            description = "Folder of the cache and of the embedded server's data (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--headless",
            description = "No window: print the sync status and what the cache holds until Ctrl-C (the default"
                    + " when there is no display).")
    boolean headless;

    private final Function<String, String> environment;
    private final InputStream standardInput;

    public OmnirouteCommand() {
        this(System::getenv, System.in);
    }

    OmnirouteCommand(Function<String, String> environment, InputStream standardInput) {
        this.environment = environment;
        this.standardInput = standardInput;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> problem = optionProblem();
        if (problem.isPresent()) {
            return refuse(err, problem.get());
        }
        boolean window = !headless && Display.available(environment);
        if (!headless && !window) {
            err.println("note: no display (DISPLAY or WAYLAND_DISPLAY is unset), so the console runs headless");
            err.flush();
        }
        HeadlessConsole console = new HeadlessConsole(spec.commandLine().getOut(), err);
        if (server == null) {
            EmbeddedSettings settings = EmbeddedSettings.in(dataDir);
            if (window) {
                ConsoleApp.launch(new ConsoleStart(dataDir, progress -> ConsoleBackend.embedded(settings, progress),
                        "embedded sample network"));
                return 0;
            }
            return console.runEmbedded(settings);
        }
        Optional<char[]> password = PasswordInput.read(user, environment, standardInput);
        if (password.isEmpty()) {
            return refuse(err, "no password for " + user + ": set " + PasswordInput.VARIABLE
                    + " or type it on standard input");
        }
        SyncSettings settings;
        try {
            settings = SyncSettings.of(server, user, Password.of(password.get()));
        } finally {
            Arrays.fill(password.get(), '\0');
        }
        if (window) {
            ConsoleApp.launch(new ConsoleStart(dataDir, progress -> ConsoleBackend.remote(dataDir, settings),
                    server + " as " + user));
            return 0;
        }
        return console.runRemote(dataDir, settings);
    }

    /** What is wrong with the backend options, checked before anything starts. */
    private Optional<String> optionProblem() {
        if (server == null && user != null) {
            return Optional.of("--user logs in to a remote backend: give its address with --server URL, or leave"
                    + " --user out to run the embedded backend (it has a local user of its own)");
        }
        if (server != null && user == null) {
            return Optional.of("--server needs --user NAME: the user to log in to " + server + " as");
        }
        if (server != null && !server.startsWith("http://") && !server.startsWith("https://")) {
            return Optional.of("--server must be an http:// or https:// address, was '" + server + "'");
        }
        return Optional.empty();
    }

    private static int refuse(PrintWriter err, String problem) {
        err.println("error: " + problem);
        err.flush();
        return EXIT_BAD_INPUT;
    }

    public static CommandLine commandLine() {
        return commandLine(new OmnirouteCommand());
    }

    /** The command line over a given root command (tests give it their own environment and input). */
    static CommandLine commandLine(OmnirouteCommand root) {
        CommandLine commandLine = new CommandLine(root);
        commandLine.setExecutionExceptionHandler((error, failed, parsed) -> {
            // One readable line, never a stack trace: data the loader let through (a bad argument deep in the
            // engine) is the user's to fix; anything else is an I/O or internal failure.
            failed.getErr().println("error: " + (error.getMessage() == null ? error.toString() : error.getMessage()));
            failed.getErr().flush();
            return error instanceof IllegalArgumentException ? EXIT_BAD_INPUT : 1;
        });
        return commandLine;
    }
}
