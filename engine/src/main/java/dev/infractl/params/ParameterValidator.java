package dev.infractl.params;

import dev.infractl.Problem;
import dev.infractl.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything about the parameters that can be checked without Azure, every problem in one pass:
 * unknown names (with a did-you-mean), missing values, types, the template's constraints, and Azure's
 * naming and region rules. Expressions and Key Vault references are left to ARM.
 */
final class ParameterValidator {

    private final TemplateParameters template;
    private final AzureNameCheck azureNames;
    private final UnreadValues unread;

    ParameterValidator(TemplateParameters template, AzureNameCheck azureNames, UnreadValues unread) {
        this.template = template;
        this.azureNames = azureNames;
        this.unread = unread;
    }

    List<Problem> validate(List<ParameterLayer> layers, List<ResolvedParameter> resolved) {
        List<Problem> problems = new ArrayList<>();
        for (ParameterLayer layer : layers) {
            for (ParameterAssignment assignment : layer.assignments()) {
                if (template.find(assignment.name()).isEmpty()) {
                    problems.add(unknown(assignment));
                }
            }
        }
        for (ResolvedParameter parameter : resolved) {
            check(parameter, problems);
        }
        return problems;
    }

    private Problem unknown(ParameterAssignment assignment) {
        boolean commandLine = assignment.source().layer() == Layer.COMMAND_LINE;
        String subject = (commandLine ? "--param " : "parameter ") + assignment.name();
        String hint = Suggestions.closest(assignment.name(), template.names())
                .map(name -> "did you mean " + name + "?")
                .orElse("the template declares " + String.join(", ", template.names()));
        return Problem.of(subject + " is not declared by the template", assignment.source().location(), hint);
    }

    private void check(ResolvedParameter parameter, List<Problem> problems) {
        if (parameter.kind() == ValueKind.MISSING) {
            if (unread.explainsMissing(parameter.name())) {
                return;
            }
            String name = parameter.name();
            problems.add(Problem.of("parameter " + name + " has no value and the template gives it no default",
                    SourceLocation.jsonPath(template.templateFile(), parameter.declaration().jsonPath()),
                    "set it in infra/provision/inference.parameters.json, a --parameters file, or with --param "
                            + name + "=VALUE"));
            return;
        }
        if (parameter.kind() != ValueKind.LITERAL) {
            return;
        }
        ParameterType type = parameter.declaration().type();
        if (!type.accepts(parameter.value())) {
            problems.add(ConstraintCheck.problem(parameter, ShownValues.subject(parameter) + " is declared as "
                    + type.armName() + " but the value is " + ShownValues.jsonKind(parameter.value())
                    + (parameter.isSecure() ? "" : " (" + ShownValues.of(parameter) + ")"), "write " + type.example()));
            return;
        }
        int before = problems.size();
        ConstraintCheck.check(parameter, problems);
        // a length the template's own @minLength/@maxLength already refused is not reported again by the naming rule
        azureNames.check(parameter, problems, problems.size() > before);
        IpRanges.check(parameter, problems);
    }
}
