package dev.infractl.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An error as ARM reports it: a code, a message, an optional target and nested details, often three
 * levels deep (DeploymentFailed, then ResourceDeploymentFailure, then the real cause). Code decides,
 * never the message text.
 */
public record ArmError(String code, String message, String target, List<ArmError> details) {

    public ArmError {
        code = Objects.requireNonNullElse(code, "Unknown");
        message = Objects.requireNonNullElse(message, "");
        details = details == null ? List.of() : List.copyOf(details);
    }

    public static ArmError of(String code, String message) {
        return new ArmError(code, message, null, List.of());
    }

    public Optional<String> optionalTarget() {
        return Optional.ofNullable(target);
    }

    /** This error and every nested detail, depth first. */
    public Stream<ArmError> flatten() {
        return Stream.concat(Stream.of(this), details.stream().flatMap(ArmError::flatten));
    }

    /** The tree as lines {@code code: message (target)}, each nesting level indented two more spaces. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        describe(0, lines);
        return lines;
    }

    private void describe(int depth, List<String> lines) {
        String indent = "  ".repeat(depth);
        String at = target == null || target.isBlank() ? "" : " (target: " + target + ")";
        lines.add(indent + code + ": " + message.strip().replace("\n", "\n" + indent + "  ") + at);
        details.forEach(detail -> detail.describe(depth + 1, lines));
    }

    /** Whether this error or any nested detail has the code, ignoring case as ARM does. */
    public boolean mentions(String errorCode) {
        return flatten().anyMatch(error -> error.code.equalsIgnoreCase(errorCode));
    }
}
