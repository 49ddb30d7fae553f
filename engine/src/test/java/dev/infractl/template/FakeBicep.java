package dev.infractl.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;

/**
 * A shell script standing in for {@code bicep} (or {@code az}): it appends its arguments to a log beside
 * itself, answers {@code --version} / {@code bicep version}, and for a build prints a small ARM template,
 * or the diagnostics and exit code it was given.
 */
public final class FakeBicep {

    public static final String TEMPLATE = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "metadata": {"_generator": {"name": "bicep", "version": "fake"}},
              "parameters": {"location": {"type": "string"}},
              "resources": []
            }""";

    private final Path script;
    private String version = "0.30.23";
    private String stderr = "";
    private int exitCode = 0;
    private String stdout = TEMPLATE;
    private int writes;

    private FakeBicep(Path script) {
        this.script = script;
    }

    /** Writes a working fake compiler at {@code script}. */
    public static FakeBicep at(Path script) {
        return new FakeBicep(script).write();
    }

    public FakeBicep version(String newVersion) {
        this.version = newVersion;
        return write();
    }

    /** Diagnostics to print on stderr and the exit code to end the build with. */
    public FakeBicep printing(String diagnostics, int exit) {
        this.stderr = diagnostics;
        this.exitCode = exit;
        return write();
    }

    public FakeBicep printingOnStdout(String text) {
        this.stdout = text;
        return write();
    }

    public Path path() {
        return script;
    }

    /** Every invocation so far, one line of space-separated arguments each. */
    public List<String> calls() {
        Path log = log();
        try {
            return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> builds() {
        return calls().stream().filter(call -> call.contains("build")).toList();
    }

    private Path log() {
        return script.resolveSibling(script.getFileName() + ".calls");
    }

    private FakeBicep write() {
        String text = "#!/bin/sh\n"
                + "echo \"$*\" >> '" + log() + "'\n"
                + "if [ \"$1\" = bicep ]; then shift; fi\n"
                + "case \"$1\" in\n"
                + "  --version|version) echo 'Bicep CLI version " + version + " (fake)'; exit 0 ;;\n"
                + "esac\n"
                + "cat >&2 <<'STDERR'\n" + stderr + "\nSTDERR\n"
                + "cat <<'STDOUT'\n" + stdout + "\nSTDOUT\n"
                + "exit " + exitCode + "\n";
        try {
            Files.createDirectories(script.getParent());
            Files.writeString(script, text, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            // A new build of the compiler always looks different on disk, even within one clock tick.
            Files.setLastModifiedTime(script, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(++writes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
