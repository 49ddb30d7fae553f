package dev.infractl.cli;

import dev.infractl.config.ProjectLayout;
import dev.infractl.deploy.DeploymentTarget;
import dev.infractl.deploy.ProjectTag;
import dev.infractl.deploy.ProvisionRequest;
import dev.infractl.deploy.WaitOptions;
import dev.infractl.params.EvaluatedDefaults;
import dev.infractl.params.ResolvedParameters;
import dev.infractl.template.CompiledTemplate;
import java.io.PrintWriter;

/**
 * What a deployment needs before any request: the compiled template and the checked parameters. Bad input
 * stops here with exit 2, before the emulator starts or Azure is asked anything.
 */
record DeploymentInputs(CompiledTemplate template, ResolvedParameters parameters) {

    static DeploymentInputs resolve(ProjectLayout project, TemplateOptions templates, ParameterOptions parameters,
                                    TargetOptions target, PrintWriter err) {
        CompiledTemplate compiled = templates.compile(project, err);
        // derived names are worked out too, so Azure's naming rules are checked on them before submitting
        ResolvedParameters resolved = parameters.resolve(project, compiled.json(), target, target.regionCloud(),
                new EvaluatedDefaults(target.location(project)));
        resolved.notes().forEach(note -> err.println("note: " + note));
        err.flush();
        return new DeploymentInputs(compiled, resolved);
    }

    /** The deployment of these inputs to where the session and the parameters point (waits for the connection). */
    ProvisionRequest request(AzureSession session, ProjectLayout project, String location, WaitOptions waiting) {
        DeploymentTarget where = session.target(parameters.target(), location);
        return new ProvisionRequest(where, template.json(), parameters.toArmParameters(), ProjectTag.of(project),
                session.config().file(), waiting);
    }
}
