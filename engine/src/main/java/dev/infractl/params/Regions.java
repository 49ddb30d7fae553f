package dev.infractl.params;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.config.JsonFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The region names of the three public clouds, shipped as {@code regions.json} beside this class. */
public final class Regions {

    public static final List<String> CLOUDS = List.of("AzureCloud", "AzureChinaCloud", "AzureUSGovernment");

    private final JsonNode byCloud;

    private Regions(JsonNode byCloud) {
        this.byCloud = byCloud;
    }

    public static Regions bundled() {
        try (InputStream in = Regions.class.getResourceAsStream("regions.json")) {
            if (in == null) {
                throw new IllegalStateException("regions.json is missing from the jar");
            }
            return new Regions(JsonFiles.MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cloud's region names, or empty for a cloud we have no list for. */
    public Optional<Set<String>> of(String cloud) {
        for (String known : CLOUDS) {
            if (known.equalsIgnoreCase(cloud)) {
                Set<String> names = new TreeSet<>();
                byCloud.path(known).forEach(name -> names.add(name.asText()));
                return Optional.of(names);
            }
        }
        return Optional.empty();
    }

    /** ARM accepts display names too: "West Europe" is westeurope. */
    public static String normalize(String location) {
        return location.toLowerCase(Locale.ROOT).replace(" ", "");
    }

    /** Clouds whose list holds {@code location}, to hint that the user picked the wrong --cloud. */
    public List<String> cloudsWith(String location) {
        List<String> clouds = new ArrayList<>();
        for (String cloud : CLOUDS) {
            if (of(cloud).orElseThrow().contains(normalize(location))) {
                clouds.add(cloud);
            }
        }
        return clouds;
    }
}
