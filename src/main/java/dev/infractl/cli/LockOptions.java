package dev.infractl.cli;

import dev.infractl.config.ProjectLayout;
import dev.infractl.deploy.Interruption;
import dev.infractl.deploy.LockHolder;
import dev.infractl.deploy.Polling;
import dev.infractl.deploy.ProjectLock;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** The project lock that provision and deploy take, and whether to wait for it. */
public final class LockOptions {

    @Option(names = "--no-wait-lock",
            description = "When another infractl run holds the project's lock, exit 1 naming it instead of waiting.")
    boolean noWaitLock;

    /** The lock of the environment the target options pick: {@code local} for --local, else {@code default}. */
    ProjectLock lock(ProjectLayout project, TargetOptions target, String command, Interruption interruption,
                     PrintWriter err) {
        return new ProjectLock(project.lockFile(target.local() ? "local" : "default"), LockHolder.current(command),
                !noWaitLock, Polling.real(interruption), notice -> {
                    err.println("note: " + notice.message());
                    err.flush();
                });
    }
}
