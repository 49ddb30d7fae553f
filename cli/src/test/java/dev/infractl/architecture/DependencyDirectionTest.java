package dev.infractl.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the package dependencies pointing one way (DESIGN.md, "Code layout"): the engine never imports
 * picocli, the Azure SDK or commons-exec; arm is pure; the emulator depends on arm only. The sources are read in
 * the single-module layout (src/main/java) and in the multi-module one (MODULE/src/main/java), and the modules'
 * poms must depend one way too.
 */
class DependencyDirectionTest {

    private static final Path REPOSITORY = Path.of("");
    private static final Pattern INTERNAL_DEPENDENCY = Pattern.compile(
            "<dependency>\\s*<groupId>dev\\.infractl</groupId>\\s*<artifactId>([\\w-]+)</artifactId>(.*?)</dependency>",
            Pattern.DOTALL);
    /** module artifact -> the infractl modules it may use in main code; tests may also use those in TEST_ONLY. */
    private static final Map<String, Set<String>> MODULES = Map.of(
            "infractl-core", Set.of(),
            "infractl-arm-evaluator", Set.of("infractl-core"),
            "infractl-azure-emulator", Set.of("infractl-arm-evaluator", "infractl-core"),
            "infractl-engine", Set.of("infractl-arm-evaluator", "infractl-core"),
            "infractl-azure", Set.of("infractl-engine", "infractl-arm-evaluator", "infractl-core"),
            "infractl", Set.of("infractl-azure", "infractl-azure-emulator", "infractl-engine", "infractl-arm-evaluator",
                    "infractl-core"));
    private static final Map<String, Set<String>> TEST_ONLY = Map.of("infractl-azure", Set.of("infractl-azure-emulator"));
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    private static final List<String> EDGE_LIBRARIES = List.of("picocli.", "com.azure.", "org.apache.commons.exec.");

    /** package -> import prefixes it must not use. */
    static Stream<Map.Entry<String, List<String>>> rules() {
        List<String> engineForbidden = concat(EDGE_LIBRARIES, List.of("dev.infractl.cli.", "dev.infractl.emulator."));
        Map<String, List<String>> rules = new HashMap<>(Map.of(
                "params", engineForbidden,
                "template", engineForbidden,
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
        rules.put("reuse", engineForbidden);
        return rules.entrySet().stream().sorted(Map.Entry.comparingByKey());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void packageImportsOnlyWhatItMay(Map.Entry<String, List<String>> rule) {
        List<String> violations = sources(rule.getKey()).stream()
                .flatMap(file -> forbiddenImports(file, rule.getValue()).stream())
                .toList();
        assertThat(violations).as("imports that break the one-way dependencies").isEmpty();
    }

    @Test
    void onlyTheProcessAdapterImportsCommonsExec() {
        List<Path> users = sources("").stream()
                .filter(file -> read(file).contains("import org.apache.commons.exec")).toList();
        assertThat(users).isNotEmpty().allMatch(file -> file.getParent().endsWith("dev/infractl/exec"));
        assertThat(sources("exec")).filteredOn(file -> file.endsWith("ProcessRunner.java")).singleElement()
                .satisfies(runner -> assertThat(read(runner)).doesNotContain("org.apache.commons.exec"));
    }

    @Test
    void eachModuleDependsOnlyOnTheModulesBelowIt() throws IOException {
        List<String> violations = modulePoms().stream().flatMap(pom -> {
            String text = read(pom);
            String module = text.replaceAll("(?s).*?</parent>\\s*<artifactId>([\\w-]+)</artifactId>.*", "$1");
            assertThat(MODULES).as("the direction of " + pom + " (add it to MODULES)").containsKey(module);
            Matcher dependency = INTERNAL_DEPENDENCY.matcher(text);
            return dependency.results().filter(match -> !MODULES.get(module).contains(match.group(1))
                            && !(match.group(2).contains("<scope>test</scope>")
                            && TEST_ONLY.getOrDefault(module, Set.of()).contains(match.group(1))))
                    .map(match -> module + " depends on " + match.group(1));
        }).toList();
        assertThat(violations).as("module dependencies against the one-way direction").isEmpty();
    }

    /** The package's sources, recursively, in every source root (src/main/java, MODULE/src/main/java). */
    private static List<Path> sources(String packageFolder) {
        try (Stream<Path> roots = Files.list(REPOSITORY.toAbsolutePath())) {
            return Stream.concat(Stream.of(REPOSITORY.toAbsolutePath()), roots)
                    .map(root -> root.resolve("src/main/java/dev/infractl").resolve(packageFolder))
                    .filter(Files::isDirectory)
                    .flatMap(DependencyDirectionTest::javaFiles)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> javaFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> modulePoms() throws IOException {
        try (Stream<Path> folders = Files.list(REPOSITORY.toAbsolutePath())) {
            return folders.map(folder -> folder.resolve("pom.xml")).filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> forbiddenImports(Path file, List<String> forbidden) {
        return IMPORT.matcher(read(file)).results()
                .map(match -> match.group(2))
                .filter(imported -> forbidden.stream().anyMatch(imported::startsWith))
                .map(imported -> file + " imports " + imported)
                .toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
