package io.omniroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What bench-sync refuses before it touches a server or a cache. */
class BenchSyncCommandTest {

    @TempDir
    Path folder;

    @Test
    void refusesToRunWithoutThePasswordVariable() {
        CommandRun run = run(Map.of(), "--url", "http://127.0.0.1:1", "--user", "plan");

        assertThat(run.exitCode()).isEqualTo(OmnirouteCommand.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("set OMNIROUTE_PASSWORD");
    }

    @Test
    void refusesADataFolderThatIsNotEmpty() throws Exception {
        Files.writeString(folder.resolve("cache.mv.db"), "x");

        CommandRun run = run(Map.of("OMNIROUTE_PASSWORD", "secret"), "--url", "http://127.0.0.1:1", "--user",
                "plan", "--data-dir", folder.toString());

        assertThat(run.exitCode()).isEqualTo(OmnirouteCommand.EXIT_BAD_INPUT);
        assertThat(run.err()).contains(folder + " is not empty");
    }

    @Test
    void refusesAServerThatIsNotOnLoopback() {
        CommandRun run = run(Map.of("OMNIROUTE_PASSWORD", "secret"), "--url", "http://192.0.2.1:8080", "--user",
                "plan", "--data-dir", folder.resolve("new").toString());

        assertThat(run.exitCode()).isEqualTo(OmnirouteCommand.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("only targets loopback addresses");
        assertThat(folder.resolve("new")).doesNotExist();
    }

    @Test
    void isListedInTheTopLevelHelp() {
        assertThat(CommandRun.of("--help").out()).contains("bench-sync");
    }

    private static CommandRun run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new BenchSyncCommand(environment::get));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler(OmnirouteCommand.commandLine().getExecutionExceptionHandler());
        return new CommandRun(commandLine.execute(args), out.toString(), err.toString());
    }
}
