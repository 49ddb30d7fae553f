package dev.infractl.params;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.config.ConfigLocation;
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
 * @param config the environment's config file, whose SUBSCRIPTION_ID and RESOURCE_GROUP_NAME feed the target
 * @param discovered what discovery found in Azure (layer 3, above finetuning.config.json), or an empty layer
 */
public record ParameterRequest(ProjectLayout project, JsonNode template, Path templateFile,
                               List<Path> parameterFiles, List<String> params,
                               String subscription, String resourceGroup, String location, String cloud,
                               ConfigLocation config, ParameterLayer discovered) {

    public ParameterRequest {
        parameterFiles = List.copyOf(parameterFiles);
        params = List.copyOf(params);
        discovered = discovered == null ? ParameterLayer.empty(Layer.DISCOVERED) : discovered;
    }

    /** A request before discovery, or where none runs. */
    public ParameterRequest(ProjectLayout project, JsonNode template, Path templateFile,
                            List<Path> parameterFiles, List<String> params,
                            String subscription, String resourceGroup, String location, String cloud,
                            ConfigLocation config) {
        this(project, template, templateFile, parameterFiles, params, subscription, resourceGroup, location, cloud,
                config, null);
    }

    /** A request for the project's own (Azure) environment. */
    public ParameterRequest(ProjectLayout project, JsonNode template, Path templateFile,
                            List<Path> parameterFiles, List<String> params,
                            String subscription, String resourceGroup, String location, String cloud) {
        this(project, template, templateFile, parameterFiles, params, subscription, resourceGroup, location, cloud,
                project.config());
    }

    /** The same request with what discovery found. */
    public ParameterRequest withDiscovered(ParameterLayer layer) {
        return new ParameterRequest(project, template, templateFile, parameterFiles, params, subscription,
                resourceGroup, location, cloud, config, layer);
    }
}
