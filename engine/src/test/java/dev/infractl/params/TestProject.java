package dev.infractl.params;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.config.JsonFiles;
import dev.infractl.config.ProjectLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A project folder with the test template in infra/provision/inference.json, and a way to resolve it. */
final class TestProject {

    final Path root;
    final ProjectLayout layout;
    final Map<String, String> environment = new HashMap<>();
    final List<Path> parameterFiles = new ArrayList<>();
    String subscription;
    String resourceGroup;
    String location;
    String cloud = "AzureCloud";

    TestProject(Path root) {
        this.root = root;
        this.layout = new ProjectLayout(root);
        write("infra/provision/inference.json", templateText());
    }

    static String templateText() {
        try (InputStream in = TestProject.class.getResourceAsStream("template.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path write(String relative, String text) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Adds or replaces one parameter declaration in the template. */
    TestProject declare(String name, String declarationJson) {
        ObjectNode template = (ObjectNode) JsonFiles.read(layout.compiledTemplate());
        ((ObjectNode) template.get("parameters")).set(name, JsonFiles.parse(null, declarationJson));
        write("infra/provision/inference.json", JsonFiles.toText(template));
        return this;
    }

    /** An ARM parameters file with the given "name": entry texts, e.g. {@code "\"x\": {\"value\": 1}"}. */
    static String parametersFile(String... entries) {
        return "{\n  \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#\",\n"
                + "  \"contentVersion\": \"1.0.0.0\",\n  \"parameters\": {\n    "
                + String.join(",\n    ", entries) + "\n  }\n}\n";
    }

    ParameterRequest request(String... params) {
        return new ParameterRequest(layout, JsonFiles.read(layout.compiledTemplate()), layout.compiledTemplate(),
                parameterFiles, List.of(params), subscription, resourceGroup, location, cloud);
    }

    ResolvedParameters resolve(String... params) {
        return resolver(ExpressionDefaults.NOT_EVALUATED).resolve(request(params));
    }

    ParameterResolver resolver(ExpressionDefaults expressions) {
        return new ParameterResolver(environment, root.resolve("home"), expressions);
    }

    ResolvedParameter resolved(String name, String... params) {
        return resolve(params).get(name).orElseThrow();
    }
}
