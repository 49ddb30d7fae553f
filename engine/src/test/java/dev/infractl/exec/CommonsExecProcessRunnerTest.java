package dev.infractl.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommonsExecProcessRunnerTest {

    private final ProcessRunner runner = new CommonsExecProcessRunner();

    @Test
    void capturesBothStreamsAndTheExitCode(@TempDir Path folder) throws Exception {
        ProcessResult result = runner.run(List.of("/bin/sh", "-c", "pwd; echo 'to err' >&2; exit 3"), folder,
                Duration.ofSeconds(30));
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stdout().strip()).isEqualTo(folder.toRealPath().toString());
        assertThat(result.stderr().strip()).isEqualTo("to err");
        assertThat(result.timedOut()).isFalse();
        assertThat(result.succeeded()).isFalse();
    }

    @Test
    void passesArgumentsWithSpacesAndQuotesUnchanged(@TempDir Path folder) {
        ProcessResult result = runner.run(List.of("/bin/sh", "-c", "printf '%s|' \"$@\"", "sh", "a b", "\"q\""),
                folder, Duration.ofSeconds(30));
        assertThat(result.stdout()).isEqualTo("a b|\"q\"|");
    }

    @Test
    void killsAProgramThatRunsPastTheTimeout(@TempDir Path folder) {
        ProcessResult result = runner.run(List.of("/bin/sh", "-c", "exec sleep 60"), folder, Duration.ofMillis(300));
        assertThat(result.timedOut()).isTrue();
        assertThat(result.succeeded()).isFalse();
    }

    @Test
    void theTimeoutKillsTheProgramsChildrenToo(@TempDir Path folder) throws Exception {
        Path childPid = folder.resolve("child.pid");
        ProcessResult result = runner.run(List.of("/bin/sh", "-c", "sleep 60 & echo $! > child.pid; wait"), folder,
                Duration.ofMillis(1500));

        assertThat(result.timedOut()).isTrue();
        long pid = Long.parseLong(Files.readString(childPid).strip());
        // Killing is asynchronous; left alone the child would live 60 s, so ending well before that means killed.
        Optional<ProcessHandle> child = ProcessHandle.of(pid);
        try {
            if (child.isPresent()) {
                child.get().onExit().get(20, TimeUnit.SECONDS);
            }
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
        } finally {
            child.ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void aProgramThatCannotStartIsAnErrorNamingIt(@TempDir Path folder) {
        Path missing = folder.resolve("no-such-program");
        assertThatThrownBy(() -> runner.run(List.of(missing.toString()), folder, Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(InfractlException.class, error -> {
                    assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(error.getMessage()).contains(missing.toString());
                });
    }
}
