package io.omniroute.cli;

import picocli.CommandLine;

/** The jar's entry point: a plain class, so that the JavaFX console can later be launched from the classpath. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(OmnirouteCommand.commandLine().execute(args));
    }
}
