package io.omniroute.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest, so it is written in one place: pom.xml. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = OmnirouteCommand.class.getPackage().getImplementationVersion();
        return new String[] {"omniroute " + (version == null ? "development build" : version)};
    }
}
