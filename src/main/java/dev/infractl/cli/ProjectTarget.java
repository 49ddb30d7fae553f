package dev.infractl.cli;

import dev.infractl.config.ConfigFile;
import dev.infractl.config.ProjectLayout;
import dev.infractl.params.Target;
import dev.infractl.params.TargetResolver;
import java.nio.file.Path;

/** The subscription and resource group of a project for commands that need no parameters (status, cancel). */
final class ProjectTarget {

    private ProjectTarget() {
    }

    static Target resolve(ProjectLayout project, TargetOptions target) {
        return new TargetResolver(System.getenv(), Path.of(System.getProperty("user.home"))).resolve(
                target.subscription(), target.resourceGroup(),
                ConfigFile.read(project.inferenceConfig()), project.relative(project.inferenceConfig()),
                ConfigFile.read(project.finetuningConfig()), project.relative(project.finetuningConfig()));
    }
}
