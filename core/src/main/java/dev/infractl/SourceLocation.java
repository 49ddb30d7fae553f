package dev.infractl;

import java.nio.file.Path;

/**
 * Where a value or a problem comes from: a file, optionally a line and column, optionally a JSON path
 * such as {@code $.parameters.maximumInstanceCount.value}. Line and column are 1-based; 0 means unknown.
 */
public record SourceLocation(Path file, int line, int column, String jsonPath) {

    public static SourceLocation of(Path file) {
        return new SourceLocation(file, 0, 0, null);
    }

    public static SourceLocation at(Path file, int line, int column) {
        return new SourceLocation(file, line, column, null);
    }

    public static SourceLocation jsonPath(Path file, String jsonPath) {
        return new SourceLocation(file, 0, 0, jsonPath);
    }

    /** {@code file:line:column (json path)}, leaving out what is unknown. */
    public String describe() {
        StringBuilder text = new StringBuilder(file == null ? "" : file.toString());
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        if (jsonPath != null) {
            text.append(text.length() == 0 ? jsonPath : " (" + jsonPath + ")");
        }
        return text.toString();
    }
}
