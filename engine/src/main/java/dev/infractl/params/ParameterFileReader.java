package dev.infractl.params;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.InfractlException;
import dev.infractl.JsonPaths;
import dev.infractl.Problem;
import dev.infractl.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one ARM parameters file, {@code {"parameters": {"name": {"value": ...}}}}, into a layer. A null
 * value means "not set"; a {@code reference} entry (Key Vault) passes through unevaluated. Problems are
 * collected, not thrown, so one run reports every file's mistakes.
 */
final class ParameterFileReader {

    private final TemplateParameters template;
    private final Map<String, String> environment;
    private final List<Problem> problems;
    private final UnreadValues unread;

    ParameterFileReader(TemplateParameters template, Map<String, String> environment, List<Problem> problems,
                        UnreadValues unread) {
        this.template = template;
        this.environment = environment;
        this.problems = problems;
        this.unread = unread;
    }

    /**
     * @param shownPath the path messages and sources show (relative to the project when inside it)
     * @param ignored when not null, names the template does not declare are skipped and added here
     */
    ParameterLayer read(Layer layer, Path file, Path shownPath, boolean required, List<String> ignored) {
        Optional<LocatedJson> document = parse(file, shownPath, required);
        if (document.isEmpty()) {
            return ParameterLayer.empty(layer);
        }
        JsonNode parameters = document.get().root().path("parameters");
        if (!parameters.isObject()) {
            unread.file();
            problems.add(Problem.of("a parameters file needs a \"parameters\" object", document.get().locate("$"),
                    "write it as {\"parameters\": {\"name\": {\"value\": ...}}}"));
            return ParameterLayer.empty(layer);
        }
        List<ParameterAssignment> assignments = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : parameters.properties()) {
            if (ignored != null && template.find(entry.getKey()).isEmpty()) {
                ignored.add(entry.getKey());
                continue;
            }
            entry(layer, document.get(), entry.getKey(), entry.getValue()).ifPresent(assignments::add);
        }
        return new ParameterLayer(layer, assignments);
    }

    private Optional<LocatedJson> parse(Path file, Path shownPath, boolean required) {
        try {
            if (Files.isDirectory(file)) {
                unread.file();
                problems.add(Problem.of(shownPath + " is a folder, not a parameters file", SourceLocation.of(shownPath),
                        "give --parameters the path of a JSON file"));
                return Optional.empty();
            }
            if (!Files.isRegularFile(file)) {
                if (required) {
                    unread.file();
                    problems.add(Problem.of("parameters file not found: " + shownPath, SourceLocation.of(shownPath),
                            "check the path given to --parameters"));
                }
                return Optional.empty();
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (LocatedJson.withoutByteOrderMark(text).isBlank()) {
                unread.file();
                problems.add(Problem.of("the parameters file " + shownPath + " is empty", SourceLocation.of(shownPath),
                        "write {\"parameters\": {\"name\": {\"value\": ...}}}, or delete the file to use the other layers"));
                return Optional.empty();
            }
            return Optional.of(LocatedJson.parse(shownPath, text));
        } catch (InfractlException e) {
            problems.addAll(e.problems());
        } catch (IOException e) {
            problems.add(Problem.of("cannot read " + shownPath + ": " + e.getMessage(), SourceLocation.of(shownPath), null));
        }
        unread.file();
        return Optional.empty();
    }

    private Optional<ParameterAssignment> entry(Layer layer, LocatedJson document, String name, JsonNode entry) {
        String path = JsonPaths.child("$.parameters", name);
        if (entry.has("reference")) {
            return Optional.of(new ParameterAssignment(name, entry.get("reference"), ValueKind.KEY_VAULT_REFERENCE,
                    ParameterSource.of(layer, document.locate(path + ".reference")).withDetail("Key Vault reference")));
        }
        if (!entry.isObject() || !entry.has("value")) {
            unread.name(name);
            problems.add(Problem.of("parameter " + name + " must be written as {\"value\": ...}", document.locate(path),
                    "wrap the value: \"" + name + "\": {\"value\": ...}, or use null to leave it unset"));
            return Optional.empty();
        }
        JsonNode value = entry.get("value");
        if (value.isNull()) {
            return Optional.empty();
        }
        String valuePath = path + ".value";
        // an undeclared name is reported at its key, where the typo is
        ParameterSource source = ParameterSource.of(layer,
                template.find(name).isPresent() ? document.locate(valuePath) : document.locate(path));
        return Optional.ofNullable(substituted(document, name, value, valuePath))
                .map(v -> new ParameterAssignment(name, v, ValueKind.LITERAL, source));
    }

    /** Variables replaced; a string that is exactly one variable is read by the declared type, like --param. */
    private JsonNode substituted(LocatedJson document, String name, JsonNode value, String valuePath) {
        EnvironmentSubstitution substitution = new EnvironmentSubstitution(environment, document, problems);
        String variable = EnvironmentSubstitution.wholeVariable(value);
        Optional<ParameterType> type = template.find(name).map(ParameterDeclaration::type);
        if (variable == null || type.isEmpty() || type.get().isText() || !environment.containsKey(variable)) {
            int before = problems.size();
            JsonNode substituted = substitution.substitute(value, valuePath);
            if (problems.size() > before) {
                // an unset variable is the one mistake; the text still holding ${VAR} is not checked as a value
                unread.name(name);
                return null;
            }
            return substituted;
        }
        try {
            return ValueReader.read(type.get(), environment.get(variable));
        } catch (IllegalArgumentException e) {
            unread.name(name);
            problems.add(Problem.of("parameter " + name + " from ${" + variable + "}: " + e.getMessage(),
                    document.locate(valuePath), "set " + variable + " to " + type.get().example()));
            return null;
        }
    }
}
