package dev.infractl.cli;

import dev.infractl.InfractlException;
import dev.infractl.arm.DeploymentScope;
import dev.infractl.arm.UniqueString;
import dev.infractl.azure.AzureExistingResources;
import dev.infractl.config.ConfigFile;
import dev.infractl.config.ProjectLayout;
import dev.infractl.deploy.DeploymentTarget;
import dev.infractl.deploy.ProjectTag;
import dev.infractl.params.ResolvedParameters;
import dev.infractl.reuse.Findings;
import dev.infractl.reuse.NamePrefix;
import dev.infractl.reuse.ReuseDiscovery;
import dev.infractl.reuse.ReuseRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Wires reuse by discovery to the session's connection and the project's fine-tuning files. */
final class SharedResourceLookup {

    private SharedResourceLookup() {
    }

    static Findings find(AzureSession session, DeploymentTarget where, ProjectLayout project, ResolvedParameters provisional) {
        Map<String, String> finetuning = finetuningConfig(project);
        String suffix = UniqueString.of(new DeploymentScope(null, where.subscriptionId(), where.resourceGroup(), null, null)
                .resourceGroupId())
                .substring(0, 5);
        ReuseRequest request = new ReuseRequest(finetuning.get("ACA_JOB_NAME"),
                project.relative(project.finetuningConfig()).toString(),
                NamePrefix.detect(finetuning, finetuningBicep(project)), suffix, provisional,
                ProjectTag.of(project).asTags());
        return new ReuseDiscovery(new AzureExistingResources(session.connection(), where.subscriptionId(),
                where.resourceGroup())).discover(request);
    }

    private static Map<String, String> finetuningConfig(ProjectLayout project) {
        try {
            return ConfigFile.read(project.finetuningConfig());
        } catch (InfractlException e) {
            return Map.of(); // the parameter layers already reported what is wrong with it
        }
    }

    private static Optional<String> finetuningBicep(ProjectLayout project) {
        Path file = project.provisionDir().resolve("finetuning.bicep");
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
