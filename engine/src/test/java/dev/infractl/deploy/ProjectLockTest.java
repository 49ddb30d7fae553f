package dev.infractl.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project lock: one holder at a time, named to the others; a dead holder's lock is taken over. */
class ProjectLockTest {

    @TempDir
    Path project;

    private final FakeTime time = FakeTime.at("2026-12-01T04:30:05Z");
    private final List<ProjectLock.Notice> notices = new ArrayList<>();

    @Test
    void withNoWaitLockASecondRunExitsOneNamingTheHoldersPidAndStart() {
        LockHolder first = new LockHolder(ProcessHandle.current().pid(), Instant.parse("2026-12-01T04:29:00Z"), "provision");
        try (RunLock.Held held = lock(first, true).acquire()) {
            assertThat(held).isNotNull();
            assertThatThrownBy(() -> lock(LockHolder.current("deploy"), false).acquire())
                    .isInstanceOfSatisfying(InfractlException.class, e -> {
                        assertThat(e.exitCode()).isEqualTo(ExitCode.AZURE_FAILED);
                        assertThat(e.getMessage()).contains("PID " + first.pid()).contains("2026-12-01T04:29:00Z")
                                .contains("provision");
                    });
        }
    }

    @Test
    void aWaitingRunSaysOnceWhoItWaitsForAndGoesOnWhenTheHolderIsDone() {
        LockHolder first = LockHolder.current("provision");
        RunLock.Held held = lock(first, true).acquire();
        time.onSleep(count -> {
            if (count == 3) {
                held.close();
            }
        });

        try (RunLock.Held second = lock(LockHolder.current("deploy"), true).acquire()) {
            assertThat(second).isNotNull();
            assertThat(time.sleeps).hasSize(3);
            assertThat(notices).singleElement().satisfies(notice -> {
                assertThat(notice.kind()).isEqualTo(ProjectLock.Notice.Kind.WAITING);
                assertThat(notice.message()).contains("waiting for PID " + first.pid()).contains("--no-wait-lock");
            });
        }
    }

    @Test
    void aLockLeftByAProcessThatDiedIsTakenOverWithANotice() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        LockHolder dead = new LockHolder(gone.pid(), Instant.parse("2026-12-01T03:00:00Z"), "provision");
        Path file = project.resolve(".infractl/locks/default.lock");
        Files.createDirectories(file.getParent());
        Files.writeString(file, dead.toJson());

        try (RunLock.Held held = lock(LockHolder.current("provision"), false).acquire()) {
            assertThat(held).isNotNull();
            assertThat(notices).singleElement().satisfies(notice -> {
                assertThat(notice.kind()).isEqualTo(ProjectLock.Notice.Kind.TOOK_OVER);
                assertThat(notice.message()).contains("PID " + gone.pid()).contains("no longer running");
            });
            assertThat(Files.readString(file)).contains("\"pid\":" + ProcessHandle.current().pid());
        }
        assertThat(Files.readString(file)).as("a clean release leaves no holder to take over from").isEmpty();
    }

    @Test
    void theLockFileLivesPerEnvironmentUnderDotInfractl() throws IOException {
        try (RunLock.Held held = lock(LockHolder.current("provision"), false).acquire()) {
            assertThat(held).isNotNull();
            assertThat(project.resolve(".infractl/locks/default.lock")).exists();
        }
    }

    private ProjectLock lock(LockHolder holder, boolean wait) {
        return new ProjectLock(new dev.infractl.config.ProjectLayout(project).lockFile("default"), holder, wait,
                time.polling(), notices::add);
    }
}
