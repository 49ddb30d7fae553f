package dev.infractl.cli;

import dev.infractl.InfractlException;
import dev.infractl.config.ProjectLayout;
import dev.infractl.deploy.DeploymentTarget;
import dev.infractl.deploy.ProjectTag;
import dev.infractl.deploy.ProvisionRequest;
import dev.infractl.deploy.WaitOptions;
import dev.infractl.params.EvaluatedDefaults;
import dev.infractl.params.ResolvedParameters;
import dev.infractl.reuse.Findings;
import dev.infractl.template.CompiledTemplate;
import dev.infractl.ui.ReuseText;
import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * What a deployment needs before any request: the compiled template and the checked parameters. Bad input
 * stops here with exit 2, before the emulator starts or Azure is asked anything. Then what exists is looked up
 * ({@link #discover}) and the parameters are resolved again with what was found.
 */
record DeploymentInputs(CompiledTemplate template, ResolvedParameters parameters, Findings findings) {

    static DeploymentInputs resolve(ProjectLayout project, TemplateOptions templates, ParameterOptions parameters,
                                    TargetOptions target, PrintWriter err) {
        return resolve(project, templates.compile(project, err), parameters, target, err);
    }

    /** Like the above with the template already compiled: once for all the environments of a run. */
    static DeploymentInputs resolve(ProjectLayout project, CompiledTemplate compiled, ParameterOptions parameters,
                                    TargetOptions target, PrintWriter err) {
        // derived names are worked out too, so Azure's naming rules are checked on them before submitting
        ResolvedParameters resolved = parameters.resolve(project, compiled.json(), target, target.regionCloud(),
                new EvaluatedDefaults(target.location(project)));
        resolved.notes().forEach(note -> err.println("note: " + note));
        err.flush();
        return new DeploymentInputs(compiled, resolved, Findings.skipped("discovery has not run"));
    }

    /**
     * Reuse by discovery: the fine-tuning job and the derived names looked up where the deployment goes, and the
     * parameters resolved again with what was found; prints the notes and what happens to each resource.
     */
    DeploymentInputs discover(AzureSession session, ProjectLayout project, ParameterOptions options, TargetOptions target,
                              PrintWriter err) {
        return discover(session, project, options, target, err, unchanged -> { });
    }

    /**
     * Like the above; {@code beforeLookups} gets these inputs as they stand when discovery finds nothing to change,
     * before its requests go out, so that work depending on them can start at once.
     */
    DeploymentInputs discover(AzureSession session, ProjectLayout project, ParameterOptions options, TargetOptions target,
                              PrintWriter err, Consumer<DeploymentInputs> beforeLookups) {
        DeploymentTarget where = session.target(parameters.target(), target.location(project));
        var request = options.request(project, template.json(), where.subscriptionId(), where.resourceGroup(),
                target.location(project), target.regionCloud(), target.config(project));
        EvaluatedDefaults defaults = new EvaluatedDefaults(target.location(project));
        ResolvedParameters provisional = options.resolve(request, defaults);
        beforeLookups.accept(new DeploymentInputs(template,
                new ResolvedParameters(parameters.target(), provisional.parameters(), provisional.notes()), findings));
        Findings found = SharedResourceLookup.find(session, where, project, provisional);
        ResolvedParameters again = options.resolve(request.withDiscovered(found.values()), defaults);
        // the target stays as the user gave it (and shown with its source); only the values gain what was found
        ResolvedParameters resolved = new ResolvedParameters(parameters.target(), again.parameters(), again.notes());
        found.notes().forEach(note -> err.println("note: " + note));
        ReuseText.lines(found.decisions()).forEach(err::println);
        err.flush();
        return new DeploymentInputs(template, resolved, found);
    }

    /** The first step of a several-environment provision or plan: each environment's inputs, one template for all. */
    static SeveralEnvironments.Check<DeploymentInputs> check(ProjectLayout project, CompiledTemplate compiled,
                                                             ParameterOptions parameters) {
        return (target, output) -> resolve(project, compiled, parameters, target, output.err()).checked(target);
    }

    /**
     * These inputs as one environment of a several-environment run, with where they go as far as known offline.
     * A missing group is bad input here, for this environment, before any runs.
     */
    SeveralEnvironments.Checked<DeploymentInputs> checked(TargetOptions target) {
        String group = parameters.target().resourceGroup().value();
        if (group == null) {
            throw InfractlException.badInput("environment " + target.environment() + " has no resource group", null,
                    "set one with `infractl env new " + target.environment() + " --resource-group NAME --location "
                            + "REGION` (after `env remove`), or in .infractl/envs/" + target.environment() + "/env.json");
        }
        return new SeveralEnvironments.Checked<>(this, parameters.target().subscription().value(), group);
    }

    /** The deployment of these inputs to where the session and the parameters point (waits for the connection). */
    ProvisionRequest request(AzureSession session, ProjectLayout project, String location, WaitOptions waiting) {
        DeploymentTarget where = session.target(parameters.target(), location);
        return new ProvisionRequest(where, template.json(), parameters.toArmParameters(), ProjectTag.of(project),
                session.config().file(), waiting);
    }
}
