package dev.infractl.params;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.JsonPaths;
import dev.infractl.SourceLocation;
import dev.infractl.config.JsonFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A parsed JSON document that remembers where each value sits, so a message about
 * {@code $.parameters.x.value} can say {@code file:12:7}. Members point at their key, array elements
 * and the root at their first character.
 */
public final class LocatedJson {

    private final Path file;
    private final String text;
    private final JsonNode root;
    private final Map<String, long[]> positions = new HashMap<>();

    private LocatedJson(Path file, String text, JsonNode root) {
        this.file = file;
        this.text = text;
        this.root = root;
    }

    /**
     * Parses {@code text}; a syntax error is an InfractlException naming file:line:column. A leading byte order
     * mark is skipped: Windows PowerShell writes one, and ARM and the az CLI accept it.
     */
    public static LocatedJson parse(Path file, String withMark) {
        String text = withoutByteOrderMark(withMark);
        LocatedJson json = new LocatedJson(file, text, JsonFiles.parse(file, text));
        try (JsonParser parser = JsonFiles.MAPPER.createParser(text)) {
            parser.nextToken();
            json.index(parser, "$", parser.currentTokenLocation());
        } catch (IOException e) {
            throw new UncheckedIOException("the text parsed once already", e);
        }
        return json;
    }

    public static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private void index(JsonParser parser, String path, JsonLocation at) throws IOException {
        positions.put(path, new long[] {at.getLineNr(), at.getColumnNr(), at.getCharOffset()});
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonLocation key = parser.currentTokenLocation();
                parser.nextToken();
                index(parser, JsonPaths.child(path, name), key);
            }
        } else if (token == JsonToken.START_ARRAY) {
            int element = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                index(parser, JsonPaths.index(path, element++), parser.currentTokenLocation());
            }
        }
    }

    public JsonNode root() {
        return root;
    }

    public Path file() {
        return file;
    }

    /** The location of the value at {@code jsonPath}, with line and column when the path exists. */
    public SourceLocation locate(String jsonPath) {
        long[] position = positions.get(jsonPath);
        return position == null ? SourceLocation.jsonPath(file, jsonPath)
                : new SourceLocation(file, (int) position[0], (int) position[1], jsonPath);
    }

    /** The location of {@code needle} at or after the start of the value at {@code jsonPath}. */
    public SourceLocation locateText(String jsonPath, String needle) {
        long[] position = positions.get(jsonPath);
        int found = position == null ? -1 : text.indexOf(needle, (int) position[2]);
        if (found < 0) {
            return locate(jsonPath);
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < found; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(file, line, found - lineStart + 1, jsonPath);
    }
}
