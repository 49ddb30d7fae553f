package dev.infractl.template;

/** One {@code output name type = value} declaration. */
record BicepOutput(String name, String type, String valueExpression, int line) {
}
