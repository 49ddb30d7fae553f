package dev.infractl.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The committed {@code inference.json} and the record it carries of the Bicep it was compiled from
 * (contract A): {@code metadata.infractl = {sourceFile, sourceSha256}}.
 */
public final class CommittedTemplate {

    public static final String HASH_PATH = "$.metadata.infractl.sourceSha256";

    private CommittedTemplate() {
    }

    /** {@code inference.json} beside {@code inference.bicep}. */
    public static Path beside(Path bicepFile) {
        String name = bicepFile.getFileName().toString();
        String base = name.endsWith(".bicep") ? name.substring(0, name.length() - ".bicep".length()) : name;
        return bicepFile.resolveSibling(base + ".json");
    }

    public static Optional<String> recordedHash(JsonNode template) {
        JsonNode hash = template.path("metadata").path("infractl").path("sourceSha256");
        return hash.isTextual() ? Optional.of(hash.asText()) : Optional.empty();
    }

    /**
     * A copy of the template with the source record set; {@code metadata} keeps its place after
     * {@code contentVersion} as Bicep writes it, or is put there when missing.
     */
    public static ObjectNode withSource(JsonNode template, String sourceFile, String sourceSha256) {
        ObjectNode copy = (ObjectNode) template.deepCopy();
        if (!copy.path("metadata").isObject()) {
            copy = withEmptyMetadata(copy);
        }
        ((ObjectNode) copy.get("metadata")).putObject("infractl")
                .put("sourceFile", sourceFile)
                .put("sourceSha256", sourceSha256);
        return copy;
    }

    private static ObjectNode withEmptyMetadata(ObjectNode template) {
        ObjectNode ordered = template.objectNode();
        boolean placed = false;
        for (Map.Entry<String, JsonNode> field : template.properties()) {
            boolean header = field.getKey().equals("$schema") || field.getKey().equals("contentVersion");
            if (!placed && !header && !field.getKey().equals("metadata")) {
                ordered.putObject("metadata");
                placed = true;
            }
            if (!field.getKey().equals("metadata")) {
                ordered.set(field.getKey(), field.getValue());
            }
        }
        if (!placed) {
            ordered.putObject("metadata");
        }
        return ordered;
    }
}
