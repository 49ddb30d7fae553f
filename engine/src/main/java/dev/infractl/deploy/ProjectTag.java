package dev.infractl.deploy;

import dev.infractl.config.ProjectLayout;
import java.util.Map;

/**
 * The tag that marks a deployment as this project's, so that {@code status}, {@code cancel} and a second
 * {@code provision} find it again. The value is the project folder's name.
 */
public record ProjectTag(String value) {

    public static final String KEY = "infractl-project";

    /** Every deployment infractl submits is named {@code inference-YYYYMMDD-HHMMSS}. */
    public static final String NAME_PREFIX = "inference-";

    public static ProjectTag of(ProjectLayout project) {
        var folder = project.root().getFileName();
        return new ProjectTag(folder == null ? "root" : folder.toString());
    }

    public Map<String, String> asTags() {
        return Map.of(KEY, value);
    }

    public boolean marks(String deploymentName, Map<String, String> tags) {
        return deploymentName.startsWith(NAME_PREFIX) && value.equals(tags.get(KEY));
    }
}
