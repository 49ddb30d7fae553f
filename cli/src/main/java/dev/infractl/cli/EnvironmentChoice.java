package dev.infractl.cli;

import dev.infractl.InfractlException;
import dev.infractl.Problem;
import dev.infractl.config.ConfigLocation;
import dev.infractl.config.Environments;
import dev.infractl.config.ProjectLayout;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Which environments provision, deploy and plan run: one (the usual), or several at once with --env given more
 * than once or --all-envs. --all-envs takes every named environment under .infractl/envs/ except local (the
 * emulator's), and not the project's own files (azd's `env` works on named environments only): name it with
 * neither flag, in a run of its own.
 */
public final class EnvironmentChoice {

    @Option(names = "--all-envs", description = "Every named environment under .infractl/envs/ (not local, not the"
            + " project's own infra/inference.config.json), in parallel; more --env NAME adds to them.")
    boolean all;

    /** A command's offline check of every environment of a several-environment run, made once for all of them. */
    @FunctionalInterface
    interface Checks<I> {

        SeveralEnvironments.Check<I> of(ProjectLayout project, PrintWriter err);
    }

    /** A command's usual run: in the one environment the target options pick. */
    @FunctionalInterface
    interface One {

        int run(ProjectLayout project, PrintWriter out, PrintWriter err);
    }

    /**
     * Runs a command in the environments this run names: several at once through {@link SeveralEnvironments}
     * ({@code checks} first, then {@code work} in each), or the usual one, which {@code one} runs.
     */
    <I> int run(CommandSpec spec, CommonOptions common, TargetOptions target, Map<String, String> environment,
                Checks<I> checks, SeveralEnvironments.Run<I> work, One one) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProjectLayout project = common.project();
        List<String> names = several(project, target);
        if (names.isEmpty()) {
            return one.run(project, out, err);
        }
        return SeveralEnvironments.run(names, common, target, environment, out, err, checks.of(project, err), work);
    }

    /**
     * The environments of a several-environment run, in the order given; empty when this run has one environment
     * (then the target options pick it as before). Checks every name at once: each must exist, none may be local.
     */
    List<String> several(ProjectLayout project, TargetOptions target) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        Environments environments = new Environments(project);
        if (all) {
            environments.names().stream().filter(name -> !ConfigLocation.LOCAL.equals(name)).forEach(names::add);
        }
        names.addAll(target.environments());
        if (!all && names.size() < 2) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        if (target.localGiven()) {
            problems.add(new Problem("--local runs one environment, the emulator's; it cannot join "
                    + (all ? "--all-envs" : "other environments"), null,
                    "run `--local` on its own, or drop it to run the named environments"));
        }
        for (String name : names) {
            ConfigLocation.checkName(name, "--env");
            if (ConfigLocation.LOCAL.equals(name)) {
                problems.add(new Problem("the environment local runs against the in-process emulator, the others "
                        + "against Azure: they cannot run together", null, "run `--env local` (or --local) on its own"));
            } else if (!environments.exists(name)) {
                problems.add(new Problem("there is no environment named " + name + " (no folder "
                        + project.relative(project.environments().resolve(name)) + ")", null,
                        "see them with `infractl env list`; create it with `infractl env new " + name
                                + " --resource-group NAME --location REGION`"));
            }
        }
        if (names.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("--all-envs found no named environment under "
                    + project.relative(project.environments()), null,
                    "create one with `infractl env new NAME --resource-group NAME --location REGION`"));
        }
        if (!problems.isEmpty()) {
            throw InfractlException.badInput(problems);
        }
        return List.copyOf(names);
    }
}
