package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.config.ProjectLayout;
import dev.infractl.deploy.FakeTime;
import dev.infractl.deploy.LockHolder;
import dev.infractl.deploy.ProjectLock;
import dev.infractl.deploy.RunLock;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** provision and deploy take the project's lock; with --no-wait-lock a held lock ends them naming the holder. */
class ProjectLockCommandTest {

    @TempDir
    Path folder;

    @Test
    void provisionAndDeployWithNoWaitLockExitOneNamingTheHolderAndSendNothing() throws Exception {
        LocalProject project = new LocalProject(folder);
        project.write(LocalProject.LOCAL_CONFIG, """
                {"SUBSCRIPTION_ID": "6b1c2a3d-0000-4000-8000-000000000001", "RESOURCE_GROUP_NAME": "rg", "STORAGE_ACCOUNT_NAME": "stinference",
                 "FILE_SHARE_NAME": "share", "ACA_APP_NAME": "app", "ACA_APP_ENDPOINT": "https://app.example"}
                """);
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
}
