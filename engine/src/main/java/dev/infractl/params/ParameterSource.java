package dev.infractl.params;

import dev.infractl.SourceLocation;

/**
 * Where a value comes from: its layer, and for files the file and JSON path (with line and column
 * when known, for error messages).
 *
 * @param location null for template defaults read from memory and for {@code --param}
 * @param detail a qualifier shown in brackets, such as "expression", or null
 */
public record ParameterSource(Layer layer, SourceLocation location, String detail) {

    public static ParameterSource of(Layer layer, SourceLocation location) {
        return new ParameterSource(layer, location, null);
    }

    public ParameterSource withDetail(String newDetail) {
        return new ParameterSource(layer, location, newDetail);
    }

    /**
     * As {@code params} shows it: {@code infra/provision/inference.parameters.json $.parameters.x.value},
     * {@code --param}, {@code template default (expression)}, {@code fine-tuning job aiacajobk3j2x (ARM)}.
     */
    public String describe() {
        if (layer == Layer.DISCOVERED) {
            return detail == null ? layer.label() : detail + " (" + layer.label() + ")";
        }
        String base = switch (layer) {
            case TEMPLATE_DEFAULT -> layer.label();
            case COMMAND_LINE -> location == null ? layer.label() : layer.label() + " @" + location.file();
            default -> location == null ? layer.label()
                    : location.file() + (location.jsonPath() == null ? "" : " " + location.jsonPath());
        };
        return detail == null ? base : base + " (" + detail + ")";
    }
}
