package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.arm.PlannedResource;
import dev.infractl.arm.PreparedDeployment;
import dev.infractl.arm.TemplateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What ARM's preflight checks beyond the template itself, on validate and on the deployment's PUT alike: every
 * resource's namespace, api-version, name and global name (the checks of a direct PUT); on validate also that
 * resources needing nothing from this deployment evaluate, and their regions. Resources a template reads but does not
 * declare are not looked up: a missing one fails the deployment, not its validation.
 */
final class Preflight {

    private Preflight() {
    }

    /** The checks that need only the planned resources; refuses the deployment's PUT as Azure does. */
    static void checkPlanned(String deploymentName, PreparedDeployment prepared, PutChecks checks) {
        List<ArmError> problems = new ArrayList<>();
        for (PlannedResource resource : prepared.resources()) {
            if (resource.condition()) {
                refusal(resource, checks, null).ifPresent(problems::add);
            }
        }
        failIfAny(deploymentName, problems);
    }

    static void check(String deploymentName, PreparedDeployment prepared, Resources resources, PutChecks checks) {
        List<ArmError> problems = new ArrayList<>();
        for (PlannedResource resource : prepared.resources()) {
            if (!resource.condition()) {
                continue;
            }
            JsonNode body = null;
            if (resource.dependsOn().isEmpty()) {
                try {
                    body = prepared.evaluateResource(resource, resources.state());
                } catch (TemplateException e) {
                    // ARM's preflight looks no resource up: a reference() or list*() to one that does not exist passes
                    // validate and fails the deployment while it runs
                    if (!TemplateException.RESOURCE_NOT_FOUND.equals(e.code())) {
                        throw new ArmFailure(400, DeploymentJson.invalidTemplate(e));
                    }
                }
            }
            refusal(resource, checks, body).ifPresent(problems::add);
        }
        failIfAny(deploymentName, problems);
    }

    private static Optional<ArmError> refusal(PlannedResource resource, PutChecks checks, JsonNode body) {
        return checks.refusal(resource.type(), resource.name(), resource.resourceId(), resource.apiVersion(),
                body == null ? null : body.get("location")).map(failure -> new ArmError(failure.error().code(),
                failure.error().message(), resource.resourceId(), failure.error().details()));
    }

    /** Azure's shape: InvalidTemplateDeployment, then PreflightValidationCheckFailed, then each resource's error. */
    private static void failIfAny(String deploymentName, List<ArmError> problems) {
        if (problems.isEmpty()) {
            return;
        }
        throw new ArmFailure(400, ArmError.of("InvalidTemplateDeployment", "The template deployment '"
                + deploymentName + "' is not valid according to the validation procedure. See inner errors for"
                + " details.", List.of(ArmError.of("PreflightValidationCheckFailed", "Preflight validation failed."
                + " Please refer to the details for the specific errors.", problems))));
    }
}
