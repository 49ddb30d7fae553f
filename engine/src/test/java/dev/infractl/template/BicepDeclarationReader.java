package dev.infractl.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the top-level declarations of the Bicep subset our template uses: decorators (also spanning lines),
 * params, vars, resources and outputs. Bodies are skipped by counting brackets outside strings and comments;
 * anything else at the top level is refused, so the reader cannot silently miss a declaration.
 */
final class BicepDeclarationReader {

    private static final Pattern DECORATOR = Pattern.compile("@(\\w+)\\((.*)\\)", Pattern.DOTALL);
    private static final Pattern PARAM = Pattern.compile("param\\s+(\\w+)\\s+(\\w+)(?:\\s*=\\s*(.*))?", Pattern.DOTALL);
    private static final Pattern RESOURCE = Pattern.compile(
            "resource\\s+(\\w+)\\s+'([^'@]+)@([^']+)'\\s*(existing\\s*)?=.*", Pattern.DOTALL);
    private static final Pattern VARIABLE = Pattern.compile("var\\s+(\\w+)\\s*=.*", Pattern.DOTALL);
    private static final Pattern BODY_PROPERTY = Pattern.compile("\\s*(\\w+):\\s*(.+)");
    private static final Pattern OUTPUT = Pattern.compile("output\\s+(\\w+)\\s+(\\w+)\\s*=\\s*(.*)", Pattern.DOTALL);

    private BicepDeclarationReader() {
    }

    static BicepDeclarations read(String source) {
        List<String> lines = source.lines().toList();
        List<BicepParameter> parameters = new ArrayList<>();
        List<BicepResource> resources = new ArrayList<>();
        List<BicepOutput> outputs = new ArrayList<>();
        List<String> variables = new ArrayList<>();
        Map<String, String> decorators = new LinkedHashMap<>();
        int index = 0;
        while (index < lines.size()) {
            int line = index + 1;
            int end = statementEnd(lines, index);
            String statement = lines.subList(index, end).stream().map(BicepText::withoutComment)
                    .collect(Collectors.joining("\n")).strip();
            index = end;
            if (statement.isEmpty()) {
                continue;
            }
            Matcher matcher;
            if ((matcher = DECORATOR.matcher(statement)).matches()) {
                decorators.put(matcher.group(1), matcher.group(2).strip());
                continue;
            }
            if ((matcher = PARAM.matcher(statement)).matches()) {
                Optional<String> defaultExpression = Optional.ofNullable(matcher.group(3)).map(String::strip);
                parameters.add(new BicepParameter(matcher.group(1), matcher.group(2), defaultExpression,
                        Map.copyOf(decorators), line));
            } else if ((matcher = RESOURCE.matcher(statement)).matches()) {
                Map<String, String> body = topLevelProperties(statement);
                resources.add(new BicepResource(matcher.group(1), matcher.group(2), matcher.group(3),
                        body.get("name"), Optional.ofNullable(body.get("parent")), matcher.group(4) != null, line));
            } else if ((matcher = OUTPUT.matcher(statement)).matches()) {
                outputs.add(new BicepOutput(matcher.group(1), matcher.group(2), matcher.group(3).strip(), line));
            } else if ((matcher = VARIABLE.matcher(statement)).matches()) {
                variables.add(matcher.group(1));
            } else if (!statement.startsWith("targetScope")) {
                String firstLine = statement.lines().findFirst().orElse("");
                throw new IllegalArgumentException("line " + line + ": the test's Bicep reader does not know this"
                        + " declaration; teach BicepDeclarationReader about it: " + firstLine);
            }
            decorators.clear();
        }
        return new BicepDeclarations(List.copyOf(parameters), List.copyOf(variables), List.copyOf(resources),
                List.copyOf(outputs));
    }

    /** The one-line properties directly inside a resource's body, such as {@code name} and {@code parent}. */
    private static Map<String, String> topLevelProperties(String resourceStatement) {
        Map<String, String> properties = new LinkedHashMap<>();
        int depth = 0;
        for (String line : resourceStatement.lines().toList()) {
            Matcher property = BODY_PROPERTY.matcher(line);
            if (depth == 1 && property.matches()) {
                properties.putIfAbsent(property.group(1), property.group(2).strip());
            }
            depth += BicepText.bracketBalance(line);
        }
        return properties;
    }

    /** The index after the last line of the statement that starts at {@code start}: brackets must balance. */
    private static int statementEnd(List<String> lines, int start) {
        int depth = 0;
        int index = start;
        do {
            depth += BicepText.bracketBalance(lines.get(index));
            index++;
        } while (depth > 0 && index < lines.size());
        return index;
    }
}
