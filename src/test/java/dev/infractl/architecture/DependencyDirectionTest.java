package dev.infractl.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the package dependencies pointing one way (DESIGN.md, "Code layout"): the engine never imports
 * picocli, the Azure SDK or commons-exec; arm is pure; the emulator depends on arm only.
 */
class DependencyDirectionTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/infractl");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    private static final List<String> EDGE_LIBRARIES = List.of("picocli.", "com.azure.", "org.apache.commons.exec.");

    /** package -> import prefixes it must not use. */
    static Stream<Map.Entry<String, List<String>>> rules() {
        List<String> engineForbidden = concat(EDGE_LIBRARIES, List.of("dev.infractl.cli.", "dev.infractl.emulator."));
        Map<String, List<String>> rules = new HashMap<>(Map.of(
                "params", engineForbidden,
                "template", concat(List.of("picocli.", "com.azure.", "dev.infractl.cli."), List.of("dev.infractl.emulator.")),
                "deploy", engineForbidden,
                "sync", engineForbidden,
                "app", engineForbidden,
                "config", engineForbidden,
                "ui", concat(EDGE_LIBRARIES, List.of("dev.infractl.cli.", "dev.infractl.azure.")),
                "arm", concat(EDGE_LIBRARIES, List.of("dev.infractl.cli.", "dev.infractl.emulator.", "dev.infractl.azure.",
                        "dev.infractl.params.", "dev.infractl.deploy.", "dev.infractl.sync.", "java.net.http.", "java.net.Socket", "java.net.URL;", "java.nio.file.", "java.io.File")),
                "emulator", concat(EDGE_LIBRARIES, List.of("dev.infractl.cli.", "dev.infractl.azure.", "dev.infractl.params.",
                        "dev.infractl.deploy.", "dev.infractl.sync.", "dev.infractl.template.", "dev.infractl.ui.")),
                "azure", List.of("picocli.", "dev.infractl.cli.")));
        rules.put("preflight", engineForbidden);
        return rules.entrySet().stream().sorted(Map.Entry.comparingByKey());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void packageImportsOnlyWhatItMay(Map.Entry<String, List<String>> rule) throws IOException {
        Path folder = SOURCES.resolve(rule.getKey());
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<String> violations = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(file -> forbiddenImports(file, rule.getValue()).stream())
                    .toList();
            assertThat(violations).as("imports that break the one-way dependencies").isEmpty();
        }
    }

    private static List<String> forbiddenImports(Path file, List<String> forbidden) {
        try {
            String text = Files.readString(file);
            return IMPORT.matcher(text).results()
                    .map(match -> match.group(2))
                    .filter(imported -> forbidden.stream().anyMatch(imported::startsWith))
                    .map(imported -> file + " imports " + imported)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
