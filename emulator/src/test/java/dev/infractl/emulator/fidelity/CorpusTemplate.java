package dev.infractl.emulator.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One template of the corpus (emulator/src/test/resources/corpus/NAME/): {@code template.json} as Bicep compiles it,
 * optional {@code parameters.json} (the deployment's parameters object) and {@code expected.json}
 * ({@code {"outputs": {NAME: VALUE}}}: what Azure answers; a string starting with {@code ~} is a regular expression,
 * {@code {subscriptionId}} and {@code {resourceGroup}} are the target's). A subscription-scope template makes its
 * group from the {@code groupName} parameter the runner gives it.
 */
record CorpusTemplate(String name, String template, String parameters, JsonNode expectedOutputs) {

    /** A Bicep main file with {@code targetScope = 'subscription'}: it takes the group to make as {@code groupName}. */
    boolean atSubscription() {
        return template.contains("subscriptionDeploymentTemplate.json");
    }

    static List<CorpusTemplate> all() {
        URL root = CorpusTemplate.class.getResource("/corpus");
        if (root == null) {
            throw new IllegalStateException("no corpus folder on the class path (emulator/src/test/resources/corpus)");
        }
        try {
            URI uri = root.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return list(Path.of(uri));
            }
            // Another module's tests read the corpus out of this module's test jar.
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return list(jar.provider().getPath(uri));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<CorpusTemplate> list(Path corpus) throws IOException {
        try (Stream<Path> folders = Files.list(corpus)) {
            return folders.filter(Files::isDirectory).sorted().map(CorpusTemplate::read).toList();
        }
    }

    static CorpusTemplate read(Path folder) {
        try {
            ObjectMapper json = new ObjectMapper();
            Path parameters = folder.resolve("parameters.json");
            JsonNode expected = json.readTree(Files.readString(folder.resolve("expected.json")));
            return new CorpusTemplate(folder.getFileName().toString(), Files.readString(folder.resolve("template.json")),
                    Files.exists(parameters) ? Files.readString(parameters) : "{}", expected.path("outputs"));
        } catch (IOException e) {
            throw new UncheckedIOException("corpus template " + folder + ": " + e.getMessage(), e);
        }
    }
}
