package dev.infractl.cli;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.Problem;
import dev.infractl.deploy.Interruption;
import dev.infractl.ui.EnvironmentOutcome;
import dev.infractl.ui.EnvironmentSummary;
import dev.infractl.ui.EnvironmentTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * provision, deploy or plan over several environments in one process, as azd users expect: every environment's
 * input is checked first, offline, and when any is wrong none runs (exit 2, each one's problems shown); two
 * environments aimed at one resource group are refused; then all run in parallel, each on its own thread with
 * its own lock, on one shared connection. A failure in one never stops the others; the exit code is the worst
 * of theirs ({@link ExitCode#worst}); the summary lists each one's result.
 */
final class SeveralEnvironments {

    /** A command's first step for one environment: reads and checks its input offline; sends nothing. */
    @FunctionalInterface
    interface Check<I> {

        /** @throws dev.infractl.InfractlException bad input, shown for this environment */
        Checked<I> check(TargetOptions target, Output output);
    }

    /** A command's second step for one environment: its exit code, or an exception for the summary. */
    @FunctionalInterface
    interface Run<I> {

        int run(TargetOptions target, I inputs, AzureSession session, Output output, Interruption interruption);
    }

    /** The checked input of one environment, and where it goes (its subscription may be unknown offline: null). */
    record Checked<I>(I inputs, String subscription, String resourceGroup) {
    }

    private SeveralEnvironments() {
    }

    static <I> int run(List<String> names, CommonOptions common, TargetOptions target, Map<String, String> environment,
                       PrintWriter out, PrintWriter err, Check<I> check, Run<I> work) {
        Optional<EnvironmentTable> table = !common.json() && Renderers.terminal() && !common.verbose()
                ? Optional.of(new EnvironmentTable(err, common.color(), names)) : Optional.empty();
        Map<String, TargetOptions> targets = new LinkedHashMap<>();
        Map<String, EnvironmentOutput> outputs = new LinkedHashMap<>();
        names.forEach(name -> {
            targets.put(name, target.forEnvironment(name));
            outputs.put(name, EnvironmentOutput.of(name, common, out, err, table));
        });
        Map<String, Checked<I>> checked = new LinkedHashMap<>();
        List<EnvironmentOutcome> outcomes = new ArrayList<>();
        for (String name : names) {
            try {
                checked.put(name, check.check(targets.get(name), outputs.get(name)));
            } catch (RuntimeException e) {
                outcomes.add(failed(name, e, common, outputs.get(name)));
            }
        }
        if (!outcomes.isEmpty()) {
            names.stream().filter(checked::containsKey).forEach(name -> outcomes.add(EnvironmentOutcome.notRun(name)));
            return finish(order(outcomes, names), common, out, err, outputs);
        }
        refuseSharedGroups(checked);
        Function<TargetOptions, AzureSession> sessions = AzureSession.shared(common, target, environment, err);
        Interruption interruption = new Interruption();
        List<EnvironmentOutcome> ran = InterruptSignal.during(interruption, () -> runAll(names, common, work,
                targets, outputs, checked, sessions, interruption));
        return finish(ran, common, out, err, outputs);
    }

    private static <I> List<EnvironmentOutcome> runAll(List<String> names, CommonOptions common, Run<I> work,
                                                       Map<String, TargetOptions> targets,
                                                       Map<String, EnvironmentOutput> outputs,
                                                       Map<String, Checked<I>> checked,
                                                       Function<TargetOptions, AzureSession> sessions,
                                                       Interruption interruption) {
        ExecutorService threads = Executors.newFixedThreadPool(names.size(), task -> {
            Thread thread = new Thread(task, "infractl-env");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<EnvironmentOutcome>> running = new ArrayList<>();
            for (String name : names) {
                running.add(threads.submit(() -> {
                    Output output = outputs.get(name);
                    try (AzureSession session = sessions.apply(targets.get(name))) {
                        int code = work.run(targets.get(name), checked.get(name).inputs(), session, output, interruption);
                        return EnvironmentOutcome.ran(name, ExitCode.of(code), Optional.empty());
                    } catch (RuntimeException e) {
                        return failed(name, e, common, output);
                    }
                }));
            }
            List<EnvironmentOutcome> outcomes = new ArrayList<>();
            for (Future<EnvironmentOutcome> future : running) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfractlException(ExitCode.INTERRUPTED, "interrupted while the environments ran",
                    "see each one with `infractl status --env NAME`");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    /** Two environments must never share a resource group silently: the second would overwrite the first. */
    private static <I> void refuseSharedGroups(Map<String, Checked<I>> checked) {
        Map<String, List<String>> byGroup = new LinkedHashMap<>();
        checked.forEach((name, one) -> byGroup.computeIfAbsent((one.subscription() == null ? "" : one.subscription()
                + "/") + one.resourceGroup().toLowerCase(Locale.ROOT), key -> new ArrayList<>()).add(name));
        List<Problem> problems = new ArrayList<>();
        byGroup.forEach((key, sharing) -> {
            if (sharing.size() > 1) {
                Checked<I> first = checked.get(sharing.get(0));
                problems.add(new Problem("environments " + String.join(" and ", sharing) + " both target resource group "
                        + first.resourceGroup() + (first.subscription() == null ? "" : " in subscription "
                        + first.subscription()) + "; they would overwrite each other's resources", null,
                        "give each its own group in .infractl/envs/NAME/env.json (`infractl env show NAME`), or drop "
                                + "--resource-group, which applies to every environment"));
            }
        });
        if (!problems.isEmpty()) {
            throw InfractlException.badInput(problems);
        }
    }

    private static EnvironmentOutcome failed(String name, RuntimeException e, CommonOptions common, Output output) {
        if (e instanceof InfractlException infractl) {
            ErrorReporter.report(infractl, output.err());
            return EnvironmentOutcome.ran(name, infractl.exitCode(), Optional.of(infractl.problems().get(0).message()));
        }
        int code = ErrorReporter.unexpected(e, common.verbose(), output.err());
        return EnvironmentOutcome.ran(name, ExitCode.of(code), Optional.of("unexpected " + e.getClass().getSimpleName()));
    }

    private static List<EnvironmentOutcome> order(List<EnvironmentOutcome> outcomes, List<String> names) {
        return names.stream().map(name -> outcomes.stream().filter(outcome -> outcome.env().equals(name)).findFirst()
                .orElseThrow()).toList();
    }

    private static int finish(List<EnvironmentOutcome> outcomes, CommonOptions common, PrintWriter out,
                              PrintWriter err, Map<String, EnvironmentOutput> outputs) {
        outputs.values().forEach(output -> {
            output.out().close();
            output.err().close();
        });
        if (common.json()) {
            out.println(EnvironmentSummary.json(outcomes));
            out.flush();
        }
        EnvironmentSummary.lines(outcomes).forEach(err::println);
        err.flush();
        return EnvironmentSummary.worst(outcomes).code();
    }
}
