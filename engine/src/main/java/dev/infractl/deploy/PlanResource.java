package dev.infractl.deploy;

/**
 * One resource of a plan with its resolved name, what provision would do to it and why.
 *
 * @param action create, update or reuse
 * @param source what decided the action: "new resource group", "what-if", or a discovery's own reason
 */
public record PlanResource(String name, String type, String action, String source) {
}
