package dev.infractl.reuse;

/**
 * One resource and what provision does to it, with why ("from fine-tuning job aiacajobk3j2x").
 *
 * @param type such as {@code Microsoft.App/managedEnvironments}
 */
public record ResourceDecision(String type, String name, ReuseAction action, String reason) {
}
