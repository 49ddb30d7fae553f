package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.arm.PlannedResource;
import dev.infractl.arm.PreparedDeployment;
import dev.infractl.arm.TemplateException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What ARM's validate checks beyond the template itself: resources that need nothing from this deployment
 * evaluate, and the resource providers' naming rules hold (a storage account name, for one).
 */
final class Preflight {

    private static final Pattern STORAGE_NAME = Pattern.compile("^[a-z0-9]{3,24}$");

    private Preflight() {
    }

    static void check(PreparedDeployment prepared, Resources resources) {
        List<ArmError> problems = new ArrayList<>();
        for (PlannedResource resource : prepared.resources()) {
            if (!resource.condition()) {
                continue;
            }
            if (resource.type().equalsIgnoreCase("Microsoft.Storage/storageAccounts")
                    && !STORAGE_NAME.matcher(resource.name()).matches()) {
                problems.add(new ArmError("AccountNameInvalid", resource.name() + " is not a valid storage account name."
                        + " Storage account name must be between 3 and 24 characters in length and use numbers and"
                        + " lower-case letters only.", resource.resourceId(), List.of()));
            }
            if (resource.dependsOn().isEmpty()) {
                try {
                    JsonNode ignored = prepared.evaluateResource(resource, resources.state());
                } catch (TemplateException e) {
                    throw new ArmFailure(400, DeploymentJson.invalidTemplate(e));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ArmFailure(400, ArmError.of("InvalidTemplateDeployment", "The template deployment is not valid"
                    + " according to the validation procedure. See inner errors for details.", problems));
        }
    }
}
