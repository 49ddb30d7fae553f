package dev.infractl.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.InfractlException;
import dev.infractl.exec.ProcessResult;
import dev.infractl.exec.ProcessRunner;
import dev.infractl.config.JsonFiles;
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
     * @throws InfractlException when the compiler cannot tell its version, which means it cannot run
     */
    String versionOf(BicepCompiler compiler) {
        String stamp = stamp(compiler.executable());
        String key = compiler.executable().toString();
        ObjectNode memo = readMemo();
        JsonNode remembered = memo.path(key);
        if (stamp.equals(remembered.path("stamp").asText(null)) && remembered.hasNonNull("version")) {
            return remembered.get("version").asText();
        }
        String version = ask(compiler);
        memo.putObject(key).put("stamp", stamp).put("version", version);
        try {
            JsonFiles.writeAtomically(memoFile, JsonFiles.toText(memo));
        } catch (InfractlException unwritable) {
            // Only costs a process start next time.
        }
        return version;
    }

    private String ask(BicepCompiler compiler) {
        ProcessResult result = runner.run(compiler.versionCommand(), compiler.executable().getParent(), timeout);
        Optional<String> firstLine = result.stdout().lines().map(String::strip).filter(line -> !line.isEmpty())
                .findFirst();
        if (!result.succeeded() || firstLine.isEmpty()) {
            String why = result.timedOut() ? "it did not answer within " + timeout.toSeconds() + " s"
                    : "exit code " + result.exitCode() + ": " + result.stderr().strip();
            throw InfractlException.badInput("`" + String.join(" ", compiler.versionCommand())
                    + "` failed (" + why + ")", null, "check that " + compiler.executable() + " runs on its own");
        }
        return firstLine.get();
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
