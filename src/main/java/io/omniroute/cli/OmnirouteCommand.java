package io.omniroute.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code omniroute} command: lists every subcommand in its help. */
@Command(
        name = "omniroute",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Distributed order management: sourcing engine, simulation and operations console.",
        subcommands = {
            CommandLine.HelpCommand.class,
            SimulateCommand.class,
            ExplainCommand.class,
            BenchCommand.class,
            ServeCommand.class,
            BenchApiCommand.class,
            GenerateCommand.class,
            UserCommand.class,
            SyncCommand.class,
            CacheCommand.class,
        })
public final class OmnirouteCommand implements Runnable {

    /** Exit code for input the user must fix (a bad file, column or value). */
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new OmnirouteCommand());
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
