package dev.infractl.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.infractl.InfractlException;
import dev.infractl.Problem;
import dev.infractl.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Layer 6: {@code --param NAME=VALUE}, in order. VALUE is read by the declared type: int, bool
 * (true/false), JSON for arrays and objects, a string as is. {@code @file.json} reads a JSON file for any
 * type (for a string, the file holds a JSON string); {@code @@} starts a value with a literal {@code @}.
 * A name the template does not declare keeps its text, and validation reports it with a did-you-mean.
 */
final class CommandLineParams {

    private final TemplateParameters template;
    private final List<Problem> problems;
    private final UnreadValues unread;

    CommandLineParams(TemplateParameters template, List<Problem> problems, UnreadValues unread) {
        this.template = template;
        this.problems = problems;
        this.unread = unread;
    }

    ParameterLayer read(List<String> params) {
        List<ParameterAssignment> assignments = new ArrayList<>();
        for (String param : params) {
            assignment(param).ifPresent(assignments::add);
        }
        return new ParameterLayer(Layer.COMMAND_LINE, assignments);
    }

    private Optional<ParameterAssignment> assignment(String param) {
        int equals = param.indexOf('=');
        if (equals <= 0) {
            problems.add(Problem.of("--param " + param + ": expected NAME=VALUE", null,
                    "write it as --param maximumInstanceCount=2"));
            return Optional.empty();
        }
        String name = param.substring(0, equals).trim();
        String text = param.substring(equals + 1);
        Optional<ParameterDeclaration> declaration = template.find(name);
        if (declaration.isEmpty()) {
            return Optional.of(new ParameterAssignment(name, TextNode.valueOf(text), ValueKind.LITERAL,
                    ParameterSource.of(Layer.COMMAND_LINE, null)));
        }
        ParameterType type = declaration.get().type();
        if (text.startsWith("@") && !text.startsWith("@@")) {
            return fromFile(name, type, Path.of(text.substring(1)));
        }
        String literal = text.startsWith("@@") ? text.substring(1) : text;
        try {
            return Optional.of(new ParameterAssignment(name, ValueReader.read(type, literal), ValueKind.LITERAL,
                    ParameterSource.of(Layer.COMMAND_LINE, null)));
        } catch (IllegalArgumentException e) {
            unread.name(name);
            problems.add(Problem.of("--param " + name + ": " + e.getMessage(), null,
                    name + " is declared as " + type.armName() + ": write " + type.example()));
            return Optional.empty();
        }
    }

    private Optional<ParameterAssignment> fromFile(String name, ParameterType type, Path file) {
        JsonNode value;
        try {
            value = LocatedJson.parse(file, Files.readString(file, StandardCharsets.UTF_8)).root();
        } catch (InfractlException e) {
            unread.name(name);
            problems.addAll(e.problems());
            return Optional.empty();
        } catch (IOException e) {
            unread.name(name);
            problems.add(Problem.of("--param " + name + "=@" + file + ": cannot read the file ("
                    + (e instanceof NoSuchFileException ? "not found" : e.getMessage()) + ")", SourceLocation.of(file),
                    "check the path after @; write @@ to start a value with a literal @"));
            return Optional.empty();
        }
        if (!type.accepts(value)) {
            unread.name(name);
            problems.add(Problem.of("--param " + name + "=@" + file + ": the file does not hold " + type.example(),
                    SourceLocation.of(file), name + " is declared as " + type.armName()));
            return Optional.empty();
        }
        return Optional.of(new ParameterAssignment(name, value, ValueKind.LITERAL,
                ParameterSource.of(Layer.COMMAND_LINE, SourceLocation.of(file))));
    }
}
