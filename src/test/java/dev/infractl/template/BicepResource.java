package dev.infractl.template;

/** One {@code resource symbolicName 'type@apiVersion'} declaration. */
record BicepResource(String symbolicName, String type, String apiVersion, boolean existing, int line) {

    String typeAtApiVersion() {
        return type + "@" + apiVersion;
    }
}
