package dev.infractl.params;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.config.ProjectLayout;
import java.nio.file.Path;
import java.util.List;

/**
 * What a command asks the parameter engine: the project, its compiled template, and the command line's
 * parameter and target options.
 *
 * @param templateFile where the template came from, for messages about its defaults
 * @param subscription --subscription, or null; likewise resourceGroup and location
 * @param cloud the cloud whose region names locations are checked against, or null not to check them
 */
public record ParameterRequest(ProjectLayout project, JsonNode template, Path templateFile,
                               List<Path> parameterFiles, List<String> params,
                               String subscription, String resourceGroup, String location, String cloud) {

    public ParameterRequest {
        parameterFiles = List.copyOf(parameterFiles);
        params = List.copyOf(params);
    }
}
