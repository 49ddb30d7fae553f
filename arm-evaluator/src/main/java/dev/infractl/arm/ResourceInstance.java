package dev.infractl.arm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One resource declaration at one copy-loop position, with what planning evaluated of it.
 *
 * @param symbolicName the key in a languageVersion 2.0 template, else null
 * @param loop         the resource copy loop it belongs to, else null
 * @param copyIndices  the loop positions its expressions see
 * @param dependsOn    its explicit dependsOn entries, evaluated
 */
record ResourceInstance(int order, String symbolicName, CopyLoop loop, JsonNode body, String jsonPath,
                        Map<String, Integer> copyIndices, String type, String apiVersion, String name, String id,
                        boolean condition, boolean existing, List<DeclaredDependency> dependsOn) {

    /** A resource copy loop; in serial mode each batch waits for the one before. */
    record CopyLoop(String name, int index, boolean serial, int batchSize) {
    }

    record DeclaredDependency(String target, String jsonPath) {
    }

    boolean deployed() {
        return condition && !existing;
    }
}
