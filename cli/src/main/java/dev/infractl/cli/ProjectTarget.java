package dev.infractl.cli;

import dev.infractl.config.ConfigFile;
import dev.infractl.config.ConfigLocation;
import dev.infractl.config.ProjectLayout;
import dev.infractl.params.Target;
import dev.infractl.params.TargetResolver;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The subscription and resource group of a project for commands that need no parameters (status, cancel). */
final class ProjectTarget {

    private ProjectTarget() {
    }

    /** Warnings about the config files (values the emulator left in the Azure one) go to {@code err}. */
    static Target resolve(ProjectLayout project, TargetOptions target, PrintWriter err) {
        ConfigLocation config = target.config(project);
        List<String> warnings = new ArrayList<>();
        Map<String, String> values = config.read(warnings);
        warnings.forEach(warning -> err.println("warning: " + warning));
        err.flush();
        return new TargetResolver(System.getenv(), Path.of(System.getProperty("user.home"))).resolve(
                target.subscription(), target.resourceGroup(), config.target(),
                config.targetFile().map(project::relative).orElse(null), values, project.relative(config.file()),
                ConfigFile.read(project.finetuningConfig()), project.relative(project.finetuningConfig()));
    }
}
