package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C for real: a separate infractl process following a slow local deployment gets SIGINT, leaves the
 * deployment running, prints how to re-attach and exits 5.
 */
class InterruptSignalTest {

    @TempDir
    Path folder;

    @Test
    void sigintLeavesTheDeploymentRunningAndExitsFive() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/kill")), "needs /bin/kill to send SIGINT");
        new LocalProject(folder);
        Process infractl = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "provision", "--local", "--yes",
                "--emulator-speed", "0.02", "-C", folder.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            StringBuilder err = new StringBuilder();
            BufferedReader lines = new BufferedReader(new InputStreamReader(infractl.getErrorStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                err.append(line).append('\n');
                if (line.startsWith("Submitted deployment")) {
                    new ProcessBuilder("/bin/kill", "-INT", Long.toString(infractl.pid())).start().waitFor();
                }
            }
            assertThat(infractl.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(infractl.exitValue()).as(err.toString()).isEqualTo(5);
            assertThat(err).contains("is still running in Azure. Re-attach with `infractl status --attach");
            assertThat(folder.resolve("infra/inference.config.json")).doesNotExist();
            assertThat(folder.resolve(".infractl/envs/local/inference.config.json")).doesNotExist();
        } finally {
            infractl.destroyForcibly();
        }
    }
}
