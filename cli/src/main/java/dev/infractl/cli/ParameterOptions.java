package dev.infractl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.config.ConfigLocation;
import dev.infractl.config.ProjectLayout;
import dev.infractl.params.ExpressionDefaults;
import dev.infractl.params.ParameterRequest;
import dev.infractl.params.ParameterResolver;
import dev.infractl.params.ResolvedParameters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The two command-line parameter layers (DESIGN.md layers 5 and 6). */
public final class ParameterOptions {

    @Option(names = "--parameters", paramLabel = "FILE", description = "An ARM parameters file; repeatable, later files win.")
    List<Path> parameterFiles = new ArrayList<>();

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "One parameter, read by its declared type (int, bool, JSON for arrays and objects, @file.json); repeatable.")
    List<String> params = new ArrayList<>();

    public List<Path> parameterFiles() {
        return List.copyOf(parameterFiles);
    }

    public List<String> params() {
        return List.copyOf(params);
    }

    /**
     * Every layer merged for {@code template} and checked (DESIGN.md, "Parameter layers"); {@code cloud} names
     * the cloud whose region and naming rules apply, or is null where they are not known.
     */
    ResolvedParameters resolve(ProjectLayout project, JsonNode template, TargetOptions target, String cloud,
                               ExpressionDefaults expressions) {
        return resolve(request(project, template, target.subscription(), target.resourceGroup(), target.location(project), cloud,
                target.config(project)), expressions);
    }

    /** The request for {@code template} aimed at this subscription and group (null when not given). */
    ParameterRequest request(ProjectLayout project, JsonNode template, String subscription, String resourceGroup,
                             String location, String cloud, ConfigLocation config) {
        return new ParameterRequest(project, template, project.compiledTemplate(), parameterFiles(), params(),
                subscription, resourceGroup, location, cloud, config);
    }

    ResolvedParameters resolve(ParameterRequest request, ExpressionDefaults expressions) {
        return new ParameterResolver(System.getenv(), Path.of(System.getProperty("user.home")), expressions)
                .resolve(request);
    }
}
