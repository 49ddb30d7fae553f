package dev.infractl.emulator;

import java.util.Optional;
import java.util.regex.Pattern;

/** The naming rules resource providers enforce on PUT, with the codes and messages Azure answers. */
final class NameRules {

    private static final Pattern STORAGE = Pattern.compile("^[a-z0-9]{3,24}$");
    private static final Pattern CONTAINER_APP = Pattern.compile("^[a-z](?!.*--)[a-z0-9-]{0,30}[a-z0-9]$");
    private static final Pattern GROUP_CHARACTER = Pattern.compile("[\\p{L}\\p{N}_().-]");

    private NameRules() {
    }

    /** Why a resource of this type may not have this (last-segment) name, or empty when it may. */
    static Optional<ArmError> refusal(String type, String name) {
        if (type.equalsIgnoreCase("Microsoft.Storage/storageAccounts") && !STORAGE.matcher(name).matches()) {
            return Optional.of(ArmError.of("AccountNameInvalid", name + " is not a valid storage account name."
                    + " Storage account name must be between 3 and 24 characters in length and use numbers and"
                    + " lower-case letters only."));
        }
        if ((type.equalsIgnoreCase(ContainerApps.TYPE) || type.equalsIgnoreCase("Microsoft.App/jobs"))
                && !CONTAINER_APP.matcher(name).matches()) {
            return Optional.of(ArmError.of("ContainerAppInvalidName", "Invalid ContainerApp name '" + name + "'. A name"
                    + " must consist of lower case alphanumeric characters or '-', start with an alphabetic character,"
                    + " and end with an alphanumeric character and cannot have '--'. The length must not be more than"
                    + " 32 characters."));
        }
        return Optional.empty();
    }

    /** Resource group names: 1 to 90 letters, digits, '-', '.', '(', ')' or '_', not ending in '.'. */
    static Optional<ArmError> groupRefusal(String name) {
        StringBuilder invalid = new StringBuilder();
        name.codePoints().mapToObj(Character::toString).filter(c -> !GROUP_CHARACTER.matcher(c).matches())
                .distinct().forEach(invalid::append);
        if (invalid.length() > 0) {
            return Optional.of(ArmError.of("InvalidResourceGroup", "The provided resource group name '" + name
                    + "' has these invalid characters: '" + invalid + "'. The name can only be a letter, digit, '-',"
                    + " '.', '(', ')' or '_'."));
        }
        if (name.isEmpty() || name.length() > 90 || name.endsWith(".")) {
            return Optional.of(ArmError.of("InvalidResourceGroup", "The provided resource group name '" + name
                    + "' is invalid. Resource group names are 1 to 90 characters long and cannot end in a period."));
        }
        return Optional.empty();
    }
}
