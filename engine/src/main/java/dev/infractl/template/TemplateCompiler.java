package dev.infractl.template;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.InfractlException;
import dev.infractl.Problem;
import dev.infractl.SourceLocation;
import dev.infractl.config.JsonFiles;
import dev.infractl.config.ProjectLayout;
import dev.infractl.exec.ProcessRunner;
import dev.infractl.template.CompiledTemplate.Origin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the project's Bicep into ARM JSON: from the disk cache when these exact sources were compiled by
 * this compiler version before, else by running the compiler, else, with no compiler on the machine, from
 * the committed {@code inference.json} when it records this exact Bicep. Never prints; what the user
 * should know comes back as warnings.
 */
public final class TemplateCompiler {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    private final CompilerSearch search;
    private final CompilerVersions versions;
    private final CompileCache cache;
    private final BicepRun bicep;

    public TemplateCompiler(CompilerEnvironment environment, Path explicitBicep, ProcessRunner runner,
                            Duration timeout) {
        this.search = new CompilerSearch(environment, explicitBicep);
        this.versions = new CompilerVersions(environment.cacheFolder(), runner, timeout);
        this.cache = new CompileCache(environment.cacheFolder());
        this.bicep = new BicepRun(runner, timeout);
    }

    public CompiledTemplate compile(ProjectLayout project) {
        return compile(project.templateBicep());
    }

    public CompiledTemplate compile(Path bicepFile) {
        Path committed = CommittedTemplate.beside(bicepFile);
        if (!Files.isRegularFile(bicepFile)) {
            if (Files.isRegularFile(committed)) {
                return new CompiledTemplate(JsonFiles.read(committed), List.of(), Origin.COMMITTED_JSON, null, null);
            }
            throw InfractlException.badInput("no template: neither " + bicepFile.getFileName() + " nor "
                    + committed.getFileName() + " is in " + bicepFile.getParent(), SourceLocation.of(bicepFile),
                    "run `infractl init` to write the bundled template into the project");
        }
        String sourceSha256 = SourceHash.of(bicepFile);
        // why a compiler was passed over matters only when none works: then the fallback says it, once
        List<Problem> warnings = new ArrayList<>();
        for (BicepCompiler compiler : search.candidates()) {
            String version;
            try {
                version = versions.versionOf(compiler);
            } catch (InfractlException unusable) {
                if (compiler.explicit()) {
                    throw unusable;
                }
                warnings.add(new Problem("passed over " + compiler.executable() + " (" + compiler.foundBy().description()
                        + "): " + unusable.getMessage(), null, null));
                continue;
            }
            return compileWith(compiler, version, bicepFile, sourceSha256, new ArrayList<>());
        }
        return new CommittedFallback(bicepFile, committed, sourceSha256).use(warnings);
    }

    private CompiledTemplate compileWith(BicepCompiler compiler, String version, Path bicepFile, String sourceSha256,
                                         List<Problem> warnings) {
        Path folder = bicepFile.toAbsolutePath().getParent();
        String compiledBy = version + (compiler.foundBy() == BicepCompiler.FoundBy.AZ_CLI ? " via az bicep" : "")
                + " at " + compiler.executable();
        String key = CacheKey.of(bicepFile, version);
        var cached = cache.read(key);
        if (cached.isPresent()) {
            cached.get().warnings().forEach(warning -> warnings.add(warning.toProblem(folder)));
            return new CompiledTemplate(cached.get().template(), warnings, Origin.CACHE, sourceSha256, compiledBy);
        }
        BicepRun.Output output = bicep.build(compiler, bicepFile.toAbsolutePath());
        output.warnings().forEach(warning -> warnings.add(warning.toProblem(folder)));
        output.otherLines().forEach(line -> warnings.add(new Problem(compiler.displayName() + ": " + line, null, null)));
        if (!cache.write(key, new CompileCache.Entry(output.template(), output.warnings()))) {
            warnings.add(new Problem("could not write the compile cache in " + cache.folder()
                    + "; the next build compiles again", null, null));
        }
        return new CompiledTemplate(output.template(), warnings, Origin.BICEP, sourceSha256, compiledBy);
    }
}
