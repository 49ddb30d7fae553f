package dev.infractl.params;

import dev.infractl.InfractlException;
import dev.infractl.Problem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.config.ConfigFile;
import dev.infractl.config.ConfigLocation;
import dev.infractl.config.EnvironmentTarget;
import dev.infractl.config.JsonFiles;
import dev.infractl.config.ProjectLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the six parameter layers of DESIGN.md, merges them, and checks the result before anything goes
 * to Azure. Every problem from every file is collected and thrown together as bad input.
 */
public final class ParameterResolver {

    private final Map<String, String> environment;
    private final Path home;
    private final ExpressionDefaults expressions;
    private final Regions regions;

    /**
     * @param environment for ${VAR}, AZURE_SUBSCRIPTION_ID, AZURE_RESOURCE_GROUP and AZURE_CONFIG_DIR
     * @param home the user's home folder, where the az CLI keeps its profile
     */
    public ParameterResolver(Map<String, String> environment, Path home, ExpressionDefaults expressions) {
        this.environment = Map.copyOf(environment);
        this.home = home;
        this.expressions = expressions;
        this.regions = Regions.bundled();
    }

    /** @throws InfractlException with exit code BAD_INPUT and every problem found */
    public ResolvedParameters resolve(ParameterRequest request) {
        ProjectLayout project = request.project();
        List<Problem> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        TemplateParameters template = TemplateParameters.from(request.template(),
                request.templateFile() == null ? null : project.relative(request.templateFile()));
        Map<String, String> inferenceConfig = readConfig(request.config(), problems, notes);
        ObjectNode finetuningDocument = readDocument(project.finetuningConfig(), problems);
        Map<String, String> finetuningConfig = ConfigFile.strings(finetuningDocument);
        FinetuningConfigLayer.describeJob(finetuningDocument, project.relative(project.finetuningConfig()), notes);
        Target target = new TargetResolver(environment, home).resolve(request.subscription(), request.resourceGroup(),
                readTarget(request.config(), problems),
                request.config().targetFile().map(project::relative).orElse(null), inferenceConfig, project.relative(request.config().file()),
                finetuningConfig, project.relative(project.finetuningConfig()));

        UnreadValues unread = new UnreadValues();
        List<ParameterLayer> layers = layers(request, template, finetuningConfig, problems, notes, unread);
        List<ResolvedParameter> merged = ParameterMerge.merge(template, layers);
        try {
            merged = new ExpressionStep(expressions).apply(request.template(), merged, target);
        } catch (InfractlException e) {
            // defaults that cannot be evaluated stay as expressions; the reason joins the other problems
            problems.addAll(e.problems());
        }

        AzureNameCheck azureNames = new AzureNameCheck(regions, request.cloud());
        problems.addAll(new ParameterValidator(template, azureNames, unread).validate(layers, merged));
        checkTarget(request, azureNames, problems);
        ResolvedParameters resolved = new ResolvedParameters(target, merged, notes);
        RequestSize.check(request.template(), resolved).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw InfractlException.badInput(problems);
        }
        return resolved;
    }

    /** The six layers (and a named environment's parameters.json, 4b), lowest first. */
    private List<ParameterLayer> layers(ParameterRequest request, TemplateParameters template,
                                        Map<String, String> finetuningConfig, List<Problem> problems, List<String> notes,
                                        UnreadValues unread) {
        ProjectLayout project = request.project();
        ParameterFileReader files = new ParameterFileReader(template, environment, problems, unread);
        List<String> ignored = new ArrayList<>();
        List<ParameterLayer> layers = new ArrayList<>();
        layers.add(template.defaults());
        layers.add(files.read(Layer.FINETUNING_PARAMETERS, project.finetuningParameters(),
                project.relative(project.finetuningParameters()), false, ignored));
        for (String name : ignored) {
            notes.add(project.relative(project.finetuningParameters()) + " sets " + name
                    + ", which the inference template does not declare; ignored");
        }
        layers.add(FinetuningConfigLayer.from(finetuningConfig, project.relative(project.finetuningConfig()), template, notes));
        layers.add(request.discovered());
        layers.add(files.read(Layer.INFERENCE_PARAMETERS, project.inferenceParameters(),
                project.relative(project.inferenceParameters()), false, null));
        request.config().parametersFile().ifPresent(file -> layers.add(
                files.read(Layer.ENVIRONMENT_PARAMETERS, file, project.relative(file), false, null)));
        for (Path file : request.parameterFiles()) {
            layers.add(files.read(Layer.PARAMETERS_FILE, file, project.relative(file), true, null));
        }
        layers.add(new CommandLineParams(template, problems, unread).read(request.params()));
        return layers;
    }

    private void checkTarget(ParameterRequest request, AzureNameCheck azureNames, List<Problem> problems) {
        if (request.cloud() != null && regions.of(request.cloud()).isEmpty()) {
            problems.add(Problem.of("unknown cloud '" + request.cloud() + "'", null,
                    "use one of " + String.join(", ", Regions.CLOUDS) + ", or --arm-endpoint for a custom cloud"));
        }
        if (request.location() != null) {
            azureNames.location("--location", request.location(), null).ifPresent(problems::add);
        }
    }

    private static Map<String, String> readConfig(ConfigLocation config, List<Problem> problems, List<String> notes) {
        try {
            return config.read(notes);
        } catch (InfractlException e) {
            problems.addAll(e.problems());
            return Map.of();
        }
    }

    private static EnvironmentTarget readTarget(ConfigLocation config, List<Problem> problems) {
        try {
            return config.target();
        } catch (InfractlException e) {
            problems.addAll(e.problems());
            return EnvironmentTarget.none();
        }
    }

    private static ObjectNode readDocument(Path file, List<Problem> problems) {
        try {
            return ConfigFile.document(file);
        } catch (InfractlException e) {
            problems.addAll(e.problems());
            return JsonFiles.MAPPER.createObjectNode();
        }
    }
}
