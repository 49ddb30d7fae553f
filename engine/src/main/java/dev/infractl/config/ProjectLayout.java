package dev.infractl.config;

import java.nio.file.Path;

/**
 * The user's project as the AI Toolkit lays it out (DESIGN.md, "The user's project"). Every path the
 * engine reads or writes is named here once.
 */
public record ProjectLayout(Path root) {

    public ProjectLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path infraDir() {
        return root.resolve("infra");
    }

    public Path provisionDir() {
        return infraDir().resolve("provision");
    }

    public Path templateBicep() {
        return provisionDir().resolve("inference.bicep");
    }

    public Path compiledTemplate() {
        return provisionDir().resolve("inference.json");
    }

    public Path inferenceParameters() {
        return provisionDir().resolve("inference.parameters.json");
    }

    public Path finetuningParameters() {
        return provisionDir().resolve("finetuning.parameters.json");
    }

    public Path finetuningConfig() {
        return infraDir().resolve("finetuning.config.json");
    }

    public Path inferenceConfig() {
        return infraDir().resolve("inference.config.json");
    }

    /** The project's own (Azure) environment's config: {@link #inferenceConfig()}. */
    public ConfigLocation config() {
        return new ConfigLocation(null, inferenceConfig());
    }

    /** The config of environment {@code name} (null: the project's own), kept under .infractl/envs/NAME/. */
    public ConfigLocation config(String name) {
        return name == null ? config()
                : new ConfigLocation(name, environments().resolve(name).resolve("inference.config.json"));
    }

    /** The folder that holds one folder per named environment. */
    public Path environments() {
        return root.resolve(".infractl").resolve("envs");
    }

    /** The app code that {@code deploy} uploads to the share path of the same name. */
    public Path inferenceCode() {
        return root.resolve("inference");
    }

    /** State of the local emulator, so successive {@code --local} commands see the same resources. */
    public Path localState() {
        return root.resolve(".infractl").resolve("local");
    }

    /**
     * The lock that keeps two runs from provisioning or deploying one environment at once: {@code default} for
     * the AI Toolkit's files, {@code local} for --local (named environments get theirs by name).
     */
    public Path lockFile(String environment) {
        return root.resolve(".infractl").resolve("locks").resolve(environment + ".lock");
    }

    /** A path relative to the project root when it lies inside it, for messages. */
    public Path relative(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute) : absolute;
    }
}
