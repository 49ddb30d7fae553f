package dev.infractl.preflight;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Asks Azure, before anything is created, whether the deployment can work: GPU region and quota, storage
 * name, providers, rights. Every check runs at once and every problem is reported; when the region or its GPU
 * quota will not do, the regions where the profile would fit are looked up (in parallel too).
 */
public final class Preflight {

    static final List<String> PROVIDERS = List.of("Microsoft.App", "Microsoft.OperationalInsights", "Microsoft.Storage");

    private final PreflightPorts ports;
    private final Clock clock;

    public Preflight(PreflightPorts ports, Clock clock) {
        this.ports = ports;
        this.clock = clock;
    }

    public PreflightReport run(DeploymentFacts facts, String group, boolean groupExists, boolean registerProviders) {
        Instant start = clock.instant();
        ExecutorService pool = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "infractl-preflight");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Optional<GpuDemand> demand = GpuDemand.of(facts.gpuProfile(), facts.region(), facts.maximumInstances());
            Optional<GpuDemand> held = demand.map(wanted -> groupExists && facts.environmentId().isPresent()
                    ? wanted.holding(ports.gpus().heldBy(facts.environmentId().get(), wanted.quotaName())) : wanted);
            List<PreflightCheck> checks = new ArrayList<>();
            held.ifPresent(wanted -> {
                checks.add(new RegionCheck(ports.gpus(), wanted));
                checks.add(new GpuQuotaCheck(ports.gpus(), wanted));
            });
            if (!facts.storageAccount().isBlank()) {
                checks.add(new StorageNameCheck(ports.storageNames(), facts.storageAccount(), groupExists));
            }
            PROVIDERS.forEach(namespace -> checks.add(new ProviderCheck(ports.providers(), namespace, registerProviders)));
            checks.add(new RightsCheck(ports.permissions(), group, groupExists));
            List<CheckResult> results = all(pool, checks.stream().<Supplier<CheckResult>>map(check -> () -> safely(check))
                    .toList());
            List<RegionFit> fits = List.of();
            boolean gpuProblem = results.stream().anyMatch(result -> !result.ok()
                    && Set.of(RegionCheck.NAME, GpuQuotaCheck.NAME).contains(result.name()));
            if (gpuProblem && demand.isPresent()) {
                String where;
                try {
                    fits = new RegionSearch(ports.gpus(), pool).fits(demand.get());
                    where = fits.isEmpty() ? "no other region of the subscription offers it with enough quota"
                            : "it fits in " + String.join(", ", fits.stream().map(RegionFit::region).toList());
                } catch (InfractlException e) {
                    if (e.exitCode() == ExitCode.AUTHENTICATION) {
                        throw e;
                    }
                    // the problems found so far are still reported together, not replaced by this one
                    where = "other regions could not be looked up: " + e.getMessage().lines().findFirst().orElse("");
                }
                results = withFix(results, where);
            }
            return new PreflightReport(results, fits, Duration.between(start, clock.instant()));
        } finally {
            pool.shutdownNow();
        }
    }

    static <T> List<T> all(ExecutorService pool, List<Supplier<T>> tasks) {
        List<CompletableFuture<T>> running = tasks.stream().map(task -> CompletableFuture.supplyAsync(task, pool)).toList();
        return running.stream().map(CompletableFuture::join).toList();
    }

    /**
     * A check that could not ask (refused, unreachable, an API this Resource Manager does not offer) is marked not
     * checked with Azure's answer, instead of stopping the rest: the preflight stops a run for a problem it found,
     * never for a question it could not ask (the deployment then meets Azure's own checks).
     */
    private static CheckResult safely(PreflightCheck check) {
        try {
            return check.run();
        } catch (InfractlException e) {
            if (e.exitCode() == ExitCode.AUTHENTICATION) {
                throw e;
            }
            String hint = e.problems().isEmpty() ? null : e.problems().get(0).hint();
            return CheckResult.unchecked(check.name(), e.getMessage().lines().findFirst().orElse(""),
                    hint == null ? "run again with --verbose to see the requests" : hint);
        }
    }

    private static List<CheckResult> withFix(List<CheckResult> results, String where) {
        return results.stream().map(result -> result.ok() || !Set.of(RegionCheck.NAME, GpuQuotaCheck.NAME)
                .contains(result.name()) ? result : result.withFix(where)).toList();
    }
}
