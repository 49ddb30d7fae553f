package dev.infractl.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The two command-line parameter layers (DESIGN.md layers 5 and 6). */
public final class ParameterOptions {

    @Option(names = "--parameters", paramLabel = "FILE", description = "An ARM parameters file; repeatable, later files win.")
    List<Path> parameterFiles = new ArrayList<>();

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "One parameter, read by its declared type (int, bool, JSON for arrays and objects, @file.json); repeatable.")
    List<String> params = new ArrayList<>();

    public List<Path> parameterFiles() {
        return List.copyOf(parameterFiles);
    }

    public List<String> params() {
        return List.copyOf(params);
    }
}
