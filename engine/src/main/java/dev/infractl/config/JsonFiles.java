package dev.infractl.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.infractl.AtomicFiles;
import dev.infractl.InfractlException;
import dev.infractl.JsonSyntax;
import dev.infractl.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reading the user's JSON files with errors that point at file:line:column, and writing them atomically. */
public final class JsonFiles {

    /** Shared, thread-safe mapper; JSON comments are tolerated because ARM parameter files allow them. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonFiles() {
    }

    public static JsonNode read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // editors on Windows write a byte order mark; ARM, the az CLI and the AI Toolkit accept it
            return parse(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (NoSuchFileException e) {
            throw InfractlException.badInput("file not found: " + file, SourceLocation.of(file),
                    "check the path, or run `infractl init` to create the project files");
        } catch (IOException e) {
            throw InfractlException.badInput("cannot read " + file + ": " + e.getMessage(), SourceLocation.of(file), null);
        }
    }

    /** Absent file = empty; a folder where the file should be is bad input, not an absent file. */
    public static Optional<JsonNode> readIfExists(Path file) {
        if (Files.isDirectory(file)) {
            throw isADirectory(file);
        }
        return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
    }

    static InfractlException isADirectory(Path file) {
        return InfractlException.badInput(file + " is a directory, not a JSON file", SourceLocation.of(file),
                "move the directory aside; the file it stands in for is written by `infractl provision` or by hand");
    }

    /** Parses text that came from {@code file}; a syntax error names the file, line and column. */
    public static JsonNode parse(Path file, String text) {
        try {
            JsonNode node = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
            if (node == null || node.isMissingNode()) {
                throw InfractlException.badInput("the file is empty; it must hold a JSON document",
                        SourceLocation.of(file), "write `{}` for an empty document");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            SourceLocation location = at == null ? SourceLocation.of(file)
                    : SourceLocation.at(file, at.getLineNr(), at.getColumnNr());
            JsonSyntax syntax = JsonSyntax.of(e.getOriginalMessage());
            throw InfractlException.badInput("invalid JSON: " + syntax.message(), location, syntax.hint());
        }
    }

    /** Pretty JSON with a trailing newline, so files diff cleanly. */
    public static String toText(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JsonNode always serializes", e);
        }
    }

    /** Writes {@code text} so that a crash leaves either the old file or the new one; see {@link AtomicFiles}. */
    public static void writeAtomically(Path file, String text) {
        try {
            AtomicFiles.write(file, text);
        } catch (IOException e) {
            throw InfractlException.badInput("cannot write " + file + ": " + e.getMessage(), SourceLocation.of(file),
                    "check that the folder is writable");
        }
    }
}
