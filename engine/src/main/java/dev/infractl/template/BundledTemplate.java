package dev.infractl.template;

import dev.infractl.InfractlException;
import dev.infractl.config.JsonFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The template that ships inside the jar (the build copies {@code infra/provision} into it), written into
 * a project by {@code init}. Existing files are replaced only when asked; files already equal to the
 * bundled ones are left alone either way.
 */
public final class BundledTemplate {

    public static final List<String> FILES = List.of("inference.bicep", "inference.parameters.json", "inference.json");
    public static final String RESOURCE_FOLDER = "dev/infractl/template/bundled/";

    /** What {@link #writeInto} did, file by file. */
    public record Installed(List<Path> written, List<Path> unchanged) {
    }

    private final ClassLoader loader;
    private final String resourceFolder;

    public BundledTemplate(ClassLoader loader, String resourceFolder) {
        this.loader = loader;
        this.resourceFolder = resourceFolder;
    }

    public static BundledTemplate standard() {
        return new BundledTemplate(BundledTemplate.class.getClassLoader(), RESOURCE_FOLDER);
    }

    /**
     * Writes every bundled file into {@code provisionDir}, each atomically. Without {@code force}, nothing
     * is written when any existing file differs from the bundled one.
     */
    public Installed writeInto(Path provisionDir, boolean force) {
        Map<Path, String> contents = new LinkedHashMap<>();
        FILES.forEach(name -> contents.put(provisionDir.resolve(name), read(name)));
        List<Path> written = new ArrayList<>();
        List<Path> unchanged = new ArrayList<>();
        List<Path> wouldOverwrite = new ArrayList<>();
        contents.forEach((file, content) -> {
            String existing = existing(file);
            if (content.equals(existing)) {
                unchanged.add(file);
            } else {
                (existing == null || force ? written : wouldOverwrite).add(file);
            }
        });
        if (!wouldOverwrite.isEmpty()) {
            throw InfractlException.badInput("init would overwrite " + wouldOverwrite.size() + " existing file(s) in "
                            + provisionDir + " that differ from the bundled template: "
                            + String.join(", ", names(wouldOverwrite)), null,
                    "run `infractl init --force` to replace them (your changes to them are lost), or move them aside");
        }
        written.forEach(file -> JsonFiles.writeAtomically(file, contents.get(file)));
        return new Installed(written, unchanged);
    }

    private String read(String name) {
        try (InputStream resource = loader.getResourceAsStream(resourceFolder + name)) {
            if (resource == null) {
                throw InfractlException.badInput("this infractl build does not bundle the template: " + resourceFolder
                        + name + " is missing from its classpath", null,
                        "build infractl from a checkout that has infra/provision/" + name
                                + " (`mvn package` copies it into the jar)");
            }
            return new String(resource.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw InfractlException.badInput("cannot read the bundled " + name + ": " + e.getMessage(), null, null);
        }
    }

    private static String existing(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return "";
        }
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(file -> file.getFileName().toString()).toList();
    }
}
