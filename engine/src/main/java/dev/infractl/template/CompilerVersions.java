package dev.infractl.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.InfractlException;
import dev.infractl.config.JsonFiles;
import dev.infractl.exec.ProcessResult;
import dev.infractl.exec.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The version of each compiler, part of the cache key. Asking costs a process start (Bicep is a .NET
 * program, az a Python one), so the answer is remembered in {@code compilers.json} in the cache folder
 * against the program's path, size, modification time and file key: a new install changes one of them.
 */
final class CompilerVersions {

    private final Path memoFile;
    private final ProcessRunner runner;
    private final Duration timeout;

    CompilerVersions(Path cacheFolder, ProcessRunner runner, Duration timeout) {
        this.memoFile = cacheFolder.resolve("compilers.json");
        this.runner = runner;
        this.timeout = timeout;
    }

    /**
     * @throws InfractlException when the compiler cannot tell its version, which means it cannot run; that
     *                           answer is remembered too, so an {@code az} without Bicep costs one start, not one
     *                           per command (installing Bicep puts it in ~/.azure/bin, which the search tries first)
     */
    String versionOf(BicepCompiler compiler) {
        String stamp = stamp(compiler.executable());
        String key = compiler.executable().toString();
        ObjectNode memo = readMemo();
        JsonNode remembered = memo.path(key);
        if (stamp.equals(remembered.path("stamp").asText(null))) {
            if (remembered.hasNonNull("version")) {
                return remembered.get("version").asText();
            }
            if (remembered.hasNonNull("failure")) {
                throw unusable(compiler, remembered.get("failure").asText());
            }
        }
        ProcessResult result = runner.run(compiler.versionCommand(), compiler.executable().getParent(), timeout);
        Optional<String> version = result.succeeded() ? firstLine(result.stdout()) : Optional.empty();
        if (version.isEmpty() && result.timedOut()) {
            throw unusable(compiler, "it did not answer within " + timeout.toSeconds() + " s");
        }
        String failure = "exit code " + result.exitCode() + ": " + firstLine(result.stderr()).orElse("no output");
        ObjectNode entry = memo.putObject(key).put("stamp", stamp);
        entry.put(version.isPresent() ? "version" : "failure", version.orElse(failure));
        try {
            JsonFiles.writeAtomically(memoFile, JsonFiles.toText(memo));
        } catch (InfractlException unwritable) {
            // Only costs a process start next time.
        }
        return version.orElseThrow(() -> unusable(compiler, failure));
    }

    private static InfractlException unusable(BicepCompiler compiler, String why) {
        return InfractlException.badInput("`" + String.join(" ", compiler.versionCommand()) + "` failed (" + why + ")",
                null, "check that " + compiler.executable() + " runs on its own");
    }

    private static Optional<String> firstLine(String output) {
        return output.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst();
    }

    private static String stamp(Path executable) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(executable, BasicFileAttributes.class);
            return attributes.size() + "|" + attributes.lastModifiedTime().toMillis() + "|"
                    + Objects.toString(attributes.fileKey(), "");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private ObjectNode readMemo() {
        try {
            JsonNode memo = JsonFiles.readIfExists(memoFile).orElse(null);
            return memo instanceof ObjectNode object ? object : JsonFiles.MAPPER.createObjectNode();
        } catch (InfractlException unreadable) {
            return JsonFiles.MAPPER.createObjectNode();
        }
    }
}
