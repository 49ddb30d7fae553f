package dev.infractl.params;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.Problem;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Resource Manager refuses a request body over 4 MB (the template plus the parameter values), but only after it
 * is uploaded. The body is measured here, as it will be sent, so a huge value stops before anything goes out.
 */
final class RequestSize {

    /** ARM's request limit, 4 MB. */
    static final long LIMIT_BYTES = 4L * 1024 * 1024;
    /** {"properties": {"mode": "Incremental", ...}, "tags": {...}} around the template and parameters. */
    private static final int ENVELOPE_BYTES = 512;

    private RequestSize() {
    }

    static Optional<Problem> check(JsonNode template, ResolvedParameters resolved) {
        long size = bytes(template) + bytes(resolved.toArmParameters()) + ENVELOPE_BYTES;
        if (size <= LIMIT_BYTES) {
            return Optional.empty();
        }
        List<ResolvedParameter> largest = resolved.parameters().stream()
                .filter(p -> p.value() != null && p.source() != null && p.source().layer() != Layer.TEMPLATE_DEFAULT)
                .sorted(Comparator.comparingLong((ResolvedParameter p) -> bytes(p.value())).reversed())
                .limit(3)
                .toList();
        String names = largest.stream().map(p -> p.name() + " (" + megabytes(bytes(p.value())) + ", from "
                + p.sourceText() + ")").collect(Collectors.joining(", "));
        return Optional.of(Problem.of("the deployment request would be " + megabytes(size)
                        + ", over Resource Manager's 4 MB limit for a request; largest parameters: "
                        + (names.isEmpty() ? "none (the template itself is too large)" : names),
                largest.isEmpty() || largest.get(0).source() == null ? null : largest.get(0).source().location(),
                "keep large data out of parameters: put it in a file under inference/ (deploy uploads it to the share"
                        + " the app mounts at /mount) or in a storage account, and pass its path or URL"));
    }

    private static long bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
