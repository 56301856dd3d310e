package io.omniroute.cli;

import picocli.CommandLine;

/** The jar's entry point: a plain class, since a main class that extends Application fails on the classpath. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(OmnirouteCommand.commandLine().execute(args));
    }
}
