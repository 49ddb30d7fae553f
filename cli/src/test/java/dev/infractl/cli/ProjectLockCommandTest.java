package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.config.ProjectLayout;
import dev.infractl.deploy.FakeTime;
import dev.infractl.deploy.LockHolder;
import dev.infractl.deploy.ProjectLock;
import dev.infractl.deploy.RunLock;
import dev.infractl.config.JsonFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** provision and deploy take the project's lock; with --no-wait-lock a held lock ends them naming the holder. */
class ProjectLockCommandTest {

    @TempDir
    Path folder;

    @Test
    void provisionAndDeployWithNoWaitLockExitOneNamingTheHolderAndSendNothing() throws Exception {
        LocalProject project = new LocalProject(folder);
        writeConfig(project);
        Files.createDirectories(folder.resolve("inference"));
        LockHolder other = LockHolder.current("provision");
        ProjectLock lock = new ProjectLock(new ProjectLayout(folder).lockFile("local"), other, false,
                FakeTime.at("2026-12-01T04:00:00Z").polling(), notice -> { });

        try (RunLock.Held held = lock.acquire()) {
            assertThat(held).isNotNull();
            for (String[] args : new String[][] {{"provision", "--yes"}, {"deploy", "--no-wait"}}) {
                int code = project.run(args[0], args[1], "--local", "--no-wait-lock", "--verbose");

                assertThat(code).as(project.err).isEqualTo(1);
                assertThat(project.err).contains("PID " + other.pid()).contains(other.started().toString())
                        .contains("local.lock").doesNotContain("> PUT").doesNotContain("> GET");
            }
        }
    }

    @Test
    void downStopStartAndScaleWithNoWaitLockExitOneNamingTheHolderAndSendNothing() throws Exception {
        LocalProject project = new LocalProject(folder);
        writeConfig(project);
        LockHolder other = LockHolder.current("deploy");

        try (RunLock.Held held = otherRun(other).acquire()) {
            for (String[] args : new String[][] {{"down", "--yes"}, {"stop"}, {"start"}, {"scale", "--min", "0", "--max", "1"}}) {
                String[] all = Stream.concat(Stream.of(args), Stream.of("--local", "--no-wait-lock", "--verbose"))
                        .toArray(String[]::new);

                int code = project.run(all);

                assertThat(code).as(args[0] + ": " + project.err).isEqualTo(1);
                assertThat(project.err).as(args[0]).contains("PID " + other.pid()).contains("local.lock")
                        .doesNotContain("> PATCH").doesNotContain("> GET").doesNotContain("> DELETE");
            }
        }
    }

    @Test
    void stopStartScaleAndDownWaitForAHeldLockAndRunOnceItIsReleased() throws Exception {
        LocalProject project = new LocalProject(folder);
        assertThat(project.run("provision", "--local", "--yes")).as(project.err).isZero();
        LockHolder other = LockHolder.current("provision");

        for (String[] args : new String[][] {{"stop"}, {"start"}, {"scale", "--min", "0", "--max", "2"}, {"down", "--yes"}}) {
            StringWriter err = new StringWriter();
            CompletableFuture<Integer> run;
            try (RunLock.Held held = otherRun(other).acquire()) {
                run = CompletableFuture.supplyAsync(() -> runWith(err, project, args));
                waitFor(() -> err.toString().contains("note: waiting for"), run);
                assertThat(run).as(args[0] + " waits while the lock is held").isNotDone();
            }

            assertThat(run.get(5, TimeUnit.MINUTES)).as(args[0] + ": " + err).isZero();
            assertThat(err.toString()).contains("PID " + other.pid());
        }
        assertThat(JsonFiles.read(project.config()).path("ACA_APP_NAME").isMissingNode()).as("down ran last").isTrue();
    }

    /** A config naming every resource, so that only the lock can stop a command before its first request. */
    private static void writeConfig(LocalProject project) {
        project.write(LocalProject.LOCAL_CONFIG, """
                {"SUBSCRIPTION_ID": "6b1c2a3d-0000-4000-8000-000000000001", "RESOURCE_GROUP_NAME": "rg", "STORAGE_ACCOUNT_NAME": "stinference",
                 "FILE_SHARE_NAME": "share", "ACA_APP_NAME": "app", "ACA_APP_ENDPOINT": "https://app.example"}
                """);
    }

    private ProjectLock otherRun(LockHolder holder) {
        return new ProjectLock(new ProjectLayout(folder).lockFile("local"), holder, false,
                FakeTime.at("2026-12-01T04:00:00Z").polling(), notice -> { });
    }

    /** Runs infractl as LocalProject does, with stderr readable while it runs. */
    private static int runWith(StringWriter err, LocalProject project, String... args) {
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = Stream.concat(Stream.of(args), Stream.of("--local", "--emulator-speed", "50", "-C",
                project.root.toString())).toArray(String[]::new);
        return cli.execute(all);
    }

    /** Until the condition holds or the run ended; the run ending first fails the test in its caller. */
    private static void waitFor(BooleanSupplier condition, CompletableFuture<Integer> run) throws InterruptedException {
        while (!condition.getAsBoolean() && !run.isDone()) {
            Thread.sleep(20);
        }
    }
}
