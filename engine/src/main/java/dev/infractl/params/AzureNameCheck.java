package dev.infractl.params;

import dev.infractl.Problem;
import dev.infractl.SourceLocation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Azure's rules that the template cannot express: resource naming rules and the cloud's region names. */
final class AzureNameCheck {

    private final Regions regions;
    private final String cloud;

    /** @param cloud null when locations are not checked (a custom cloud through --arm-endpoint) */
    AzureNameCheck(Regions regions, String cloud) {
        this.regions = regions;
        this.cloud = cloud;
    }

    /** @param lengthReported the template's own length constraint already refused this value */
    void check(ResolvedParameter parameter, List<Problem> problems, boolean lengthReported) {
        if (!parameter.value().isTextual()) {
            return;
        }
        String value = parameter.value().asText();
        NamingRules.forParameter(parameter.name()).ifPresent(rule -> rule.violation(value, lengthReported).ifPresent(why ->
                problems.add(ConstraintCheck.problem(parameter, ShownValues.subject(parameter) + ": '" + value
                        + "' is not a valid " + rule.kind() + " name (" + why + ")", rule.summary()
                        + rule.suggestion(value).map(s -> "; try '" + s + "'").orElse("") + "; " + rule.scope()))));
        if (NamingRules.LOCATION_PARAMETER.equals(parameter.name())) {
            location(ShownValues.subject(parameter), value,
                    parameter.source() == null ? null : parameter.source().location()).ifPresent(problems::add);
        }
    }

    /** A problem when {@code location} is not a region of the chosen cloud. */
    Optional<Problem> location(String subject, String location, SourceLocation at) {
        Optional<Set<String>> known = cloud == null ? Optional.empty() : regions.of(cloud);
        if (known.isEmpty() || known.get().contains(Regions.normalize(location))) {
            return Optional.empty();
        }
        List<String> otherClouds = regions.cloudsWith(location);
        String hint = !otherClouds.isEmpty()
                ? "'" + location + "' is a region of " + otherClouds.get(0) + ": pass --cloud " + otherClouds.get(0)
                : Suggestions.closest(Regions.normalize(location), known.get()).map(s -> "did you mean '" + s + "'? ")
                        .orElse("") + "`az account list-locations -o table` lists the region names";
        return Optional.of(Problem.of(subject + ": '" + location + "' is not a region of " + cloud, at, hint));
    }
}
