package dev.infractl.cli;

import picocli.CommandLine;

/** The version from the jar manifest, so it is never out of step with the build. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"infractl " + (version == null ? "development build" : version),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
