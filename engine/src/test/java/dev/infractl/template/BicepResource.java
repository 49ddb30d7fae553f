package dev.infractl.template;

import java.util.Optional;

/**
 * One {@code resource symbolicName 'type@apiVersion'} declaration.
 *
 * @param name the Bicep value of its {@code name:} property
 * @param parent the symbolic name of its {@code parent:}, for child resources
 */
record BicepResource(String symbolicName, String type, String apiVersion, String name, Optional<String> parent,
                     boolean existing, int line) {

    String typeAtApiVersion() {
        return type + "@" + apiVersion;
    }
}
