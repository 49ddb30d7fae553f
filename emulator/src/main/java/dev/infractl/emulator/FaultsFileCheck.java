package dev.infractl.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.InfractlException;
import dev.infractl.Problem;
import dev.infractl.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a faults file and checks its shape (docs/emulator.md) before the emulator starts: JSON syntax with
 * line:column, every unknown key, every value of the wrong type, all reported at once as bad input.
 */
final class FaultsFileCheck {

    private static final String HINT = "see \"The faults file\" in docs/emulator.md";
    private static final Map<String, String> TOP = Map.of("requests", "array", "resources", "array", "quotas", "object",
            "takenStorageNames", "strings", "allowedActions", "strings", "unregisteredProviders", "strings",
            "replicaStartup", "object");
    private static final Map<String, String> REPLICA_STARTUP = Map.of("assigningMs", "natural", "pullingMs", "natural",
            "createdMs", "natural", "startedMs", "natural", "holdIn", "stage");
    private static final Map<String, String> REQUEST = Map.of("method", "string", "path", "regex", "every", "count",
            "times", "natural", "status", "status", "retryAfterSeconds", "natural", "error", "object",
            "reset", "boolean", "delayMs", "natural");
    private static final Map<String, String> RESOURCE = Map.of("type", "string", "name", "string", "error", "object");

    private final Path file;
    private final List<Problem> problems = new ArrayList<>();

    private FaultsFileCheck(Path file) {
        this.file = file;
    }

    static JsonNode read(Path file) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String message = e.getOriginalMessage().replaceAll("\\s*\\(for \\w+ starting at \\[Source:.*", "")
                    .replaceAll("\\s*\\[Source:[^\\]]*\\]", ""); // the parser's internals mean nothing to the user
            throw InfractlException.badInput("the emulator faults file is not valid JSON: " + message,
                    where == null ? SourceLocation.of(file) : SourceLocation.at(file, where.getLineNr(), where.getColumnNr()),
                    HINT);
        } catch (IOException e) {
            throw InfractlException.badInput("cannot read the emulator faults file: " + e, SourceLocation.of(file),
                    "check the path given to --emulator-faults");
        }
        FaultsFileCheck check = new FaultsFileCheck(file);
        check.object(root, "$", TOP);
        check.each(root.path("requests"), "$.requests", REQUEST);
        check.each(root.path("resources"), "$.resources", RESOURCE);
        for (int i = 0; i < root.path("requests").size(); i++) {
            JsonNode rule = root.path("requests").get(i);
            if (rule.isObject() && !rule.hasNonNull("status") && !rule.path("reset").asBoolean(false) && !rule.hasNonNull("delayMs")) {
                check.problem("$.requests[" + i + "]", "needs one of \"status\", \"reset\": true or \"delayMs\"");
            }
        }
        if (root.path("replicaStartup").isObject()) {
            check.object(root.get("replicaStartup"), "$.replicaStartup", REPLICA_STARTUP);
        }
        for (int i = 0; i < root.path("resources").size(); i++) {
            if (root.path("resources").get(i).isObject() && !root.path("resources").get(i).hasNonNull("type")) {
                check.problem("$.resources[" + i + "].type", "is required (a resource type such as Microsoft.App/managedEnvironments)");
            }
        }
        // a quota is a number, or a region holding its own numbers
        root.path("quotas").properties().forEach(entry -> {
            String path = "$.quotas." + entry.getKey();
            if (entry.getValue().isObject()) {
                entry.getValue().properties().forEach(quota -> check.value(quota.getValue(), path + "." + quota.getKey(), "natural"));
            } else {
                check.value(entry.getValue(), path, "natural");
            }
        });
        if (!check.problems.isEmpty()) {
            throw InfractlException.badInput(check.problems);
        }
        return root;
    }

    private void each(JsonNode array, String path, Map<String, String> fields) {
        for (int i = 0; array.isArray() && i < array.size(); i++) {
            object(array.get(i), path + "[" + i + "]", fields);
        }
    }

    private void object(JsonNode node, String path, Map<String, String> fields) {
        if (!node.isObject()) {
            problem(path, "must be an object");
            return;
        }
        node.properties().forEach(entry -> {
            String kind = fields.get(entry.getKey());
            if (kind == null) {
                problem(path + "." + entry.getKey(), "is not a known key; known: " + String.join(", ", fields.keySet().stream().sorted().toList()));
            } else if (!entry.getValue().isNull()) {
                value(entry.getValue(), path + "." + entry.getKey(), kind);
            }
        });
    }

    private void value(JsonNode value, String path, String kind) {
        String wrong = switch (kind) {
            case "string" -> value.isTextual() ? null : "must be a string";
            case "regex" -> !value.isTextual() ? "must be a string (a regular expression)" : regexError(value.asText());
            case "boolean" -> value.isBoolean() ? null : "must be true or false";
            case "object" -> value.isObject() ? null : "must be an object";
            case "stage" -> value.isTextual() && ReplicaStages.STAGES.contains(value.asText()) ? null
                    : "must be one of " + String.join(", ", ReplicaStages.STAGES);
            case "array" -> value.isArray() ? null : "must be an array";
            case "strings" -> value.isArray() && value.valueStream().allMatch(JsonNode::isTextual) ? null
                    : "must be an array of strings";
            case "count" -> value.canConvertToInt() && value.isIntegralNumber() && value.asInt() >= 1 ? null : "must be a whole number, 1 or more";
            case "status" -> value.isIntegralNumber() && value.asInt() >= 400 && value.asInt() <= 599 ? null
                    : "must be an HTTP error status from 400 to 599";
            default -> value.canConvertToInt() && value.isIntegralNumber() && value.asInt() >= 0 ? null : "must be a whole number, 0 or more";
        };
        if (wrong != null) {
            problem(path, wrong + ", was " + value);
        }
    }

    private static String regexError(String regex) {
        try {
            Pattern.compile(regex);
            return null;
        } catch (PatternSyntaxException e) {
            return "is not a valid regular expression: " + e.getDescription();
        }
    }

    private void problem(String path, String message) {
        problems.add(Problem.of(path + " " + message, SourceLocation.jsonPath(file, path), HINT));
    }
}
