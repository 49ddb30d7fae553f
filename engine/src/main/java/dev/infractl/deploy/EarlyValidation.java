package dev.infractl.deploy;

import dev.infractl.Background;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * ARM's validation of a deployment, asked before its last inputs are known: provision starts it as soon as the
 * parameters are resolved offline, while discovery looks up what already exists, since discovery rarely changes
 * them. Validating only reads, so a guess that turns out wrong costs one request and no time: the
 * {@link Provisioner} uses the answer only for a deployment of the same template, parameters and tags, and
 * validates anything else anew.
 */
public final class EarlyValidation {

    /** Nothing validated early: the provisioner validates when it starts. */
    public static final EarlyValidation NONE = new EarlyValidation(null, null);

    private final DeploymentRequest request;
    private final CompletableFuture<Optional<ArmError>> answer;

    private EarlyValidation(DeploymentRequest request, CompletableFuture<Optional<ArmError>> answer) {
        this.request = request;
        this.answer = answer;
    }

    /** Sends the validation now, in the background. */
    public static EarlyValidation start(DeploymentGateway gateway, DeploymentRequest request) {
        return new EarlyValidation(request, Background.supply("infractl-validate", () -> gateway.validate(request)));
    }

    /** The request validated early and ARM's answer to it, when it asks for the same deployment as {@code later}. */
    Optional<Answer> answering(DeploymentRequest later) {
        if (request == null || !request.template().equals(later.template())
                || !request.parameters().equals(later.parameters()) || !request.tags().equals(later.tags())) {
            return Optional.empty();
        }
        return Optional.of(new Answer(request, answer));
    }

    /** @param request the deployment as validated, name included: the one to submit */
    record Answer(DeploymentRequest request, CompletableFuture<Optional<ArmError>> answer) {
    }
}
