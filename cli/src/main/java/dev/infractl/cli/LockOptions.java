package dev.infractl.cli;

import dev.infractl.config.ProjectLayout;
import dev.infractl.deploy.Interruption;
import dev.infractl.deploy.LockHolder;
import dev.infractl.deploy.Polling;
import dev.infractl.deploy.ProjectLock;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** The project lock that provision, deploy, down, stop, start and scale take, and whether to wait for it. */
public final class LockOptions {

    @Option(names = "--no-wait-lock",
            description = "When another infractl run holds the project's lock, exit 1 naming it instead of waiting.")
    boolean noWaitLock;

    /**
     * The lock of the environment the target options pick: its name (--env, INFRACTL_ENV; {@code local} for
     * --local), else {@code default} for the project's own.
     */
    ProjectLock lock(ProjectLayout project, TargetOptions target, String command, Interruption interruption,
                     PrintWriter err) {
        String environment = target.environment() == null ? "default" : target.environment();
        return new ProjectLock(project.lockFile(environment), LockHolder.current(command),
                !noWaitLock, Polling.real(interruption), notice -> {
                    err.println("note: " + notice.message());
                    err.flush();
                });
    }
}
