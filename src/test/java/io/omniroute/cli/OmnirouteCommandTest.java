package io.omniroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The root command's options: refused combinations stop before anything starts or is written. */
class OmnirouteCommandTest {

    @TempDir
    Path folder;

    @Test
    void serverWithoutUserIsRefused() {
        Run run = run("--server", "http://127.0.0.1:8080", "--data-dir", dataDir());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--server needs --user NAME");
        assertThat(folder.resolve("data")).doesNotExist();
    }

    @Test
    void userWithoutServerIsRefused() {
        Run run = run("--user", "ana", "--data-dir", dataDir());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--user logs in to a remote backend", "--server URL");
        assertThat(folder.resolve("data")).doesNotExist();
    }

    @Test
    void serverThatIsNotAnHttpAddressIsRefused() {
        Run run = run("--server", "oms.example.com", "--user", "ana", "--data-dir", dataDir());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--server must be an http:// or https:// address, was 'oms.example.com'");
    }

    @Test
    void remoteBackendWithoutPasswordIsRefused() {
        Run run = run("--server", "http://127.0.0.1:8080", "--user", "ana", "--data-dir", dataDir());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no password for ana", "OMNIROUTE_PASSWORD");
        assertThat(folder.resolve("data")).doesNotExist();
    }

    @Test
    void helpDescribesTheEmbeddedDefaultAndTheRemoteOptions() {
        Run run = run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--server", "--user", "--data-dir", "embedded", "demo mode", "sync");
    }

    private String dataDir() {
        return folder.resolve("data").toString();
    }

    /** The real root command with no password in its environment and nothing on its standard input. */
    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = OmnirouteCommand.commandLine(
                new OmnirouteCommand(name -> null, new ByteArrayInputStream(new byte[0])));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int exitCode, String out, String err) {
    }
}
