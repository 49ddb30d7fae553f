package dev.infractl.template;

import dev.infractl.Problem;
import dev.infractl.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of the compiler's diagnostics, such as
 * {@code /p/infra/provision/main.bicep(12,5) : Error BCP057: The name "x" does not exist. [https://aka.ms/...]}
 * (az passes Bicep's lines on behind its own {@code ERROR: } or {@code WARNING: }).
 *
 * @param file the file, relative to the template's folder when it lies inside it (so cached warnings
 *             still point at the right place after the project moves)
 * @param link the documentation link Bicep appends, or null
 */
public record BicepDiagnostic(String file, int line, int column, Severity severity, String code, String message,
                              String link) {

    public enum Severity { ERROR, WARNING, INFO }

    private static final Pattern LINE = Pattern.compile(
            "^(?:(?:ERROR|WARNING): )?(?<file>.+?)\\((?<line>\\d+),(?<column>\\d+)\\)\\s*:\\s*"
                    + "(?<severity>Error|Warning|Info)\\s+(?<code>[^\\s:]+)\\s*:\\s*(?<message>.*?)"
                    + "(?:\\s*\\[(?<link>https?://[^\\]\\s]+)\\])?\\s*$");

    /** Reads one line of compiler output; empty when it is not a diagnostic. */
    static Optional<BicepDiagnostic> parse(String text, Path templateFolder) {
        Matcher match = LINE.matcher(text.strip());
        if (!match.matches()) {
            return Optional.empty();
        }
        Path file = Path.of(match.group("file"));
        String shown = file.isAbsolute() && file.startsWith(templateFolder)
                ? templateFolder.relativize(file).toString() : file.toString();
        return Optional.of(new BicepDiagnostic(shown, Integer.parseInt(match.group("line")),
                Integer.parseInt(match.group("column")), Severity.valueOf(match.group("severity").toUpperCase()),
                match.group("code"), match.group("message"), match.group("link")));
    }

    static List<BicepDiagnostic> parseAll(String output, Path templateFolder) {
        return output.lines().map(line -> parse(line, templateFolder)).flatMap(Optional::stream).toList();
    }

    public Problem toProblem(Path templateFolder) {
        SourceLocation location = SourceLocation.at(templateFolder.resolve(file), line, column);
        return new Problem(code + ": " + message, location, link == null ? null : "see " + link);
    }
}
