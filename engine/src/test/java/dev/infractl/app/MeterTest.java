package dev.infractl.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.deploy.ProjectTag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeterTest {

    static final String ENV = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.App/managedEnvironments/aienv";

    /** An app on a dedicated GPU profile that keeps one node, in memory. */
    static final class InMemoryScaling implements AppScaling {
        AppScale scale = new AppScale(1, 2);
        int profileMinimum = 1;
        String profileType = "NC24-A100";
        Map<String, String> environmentTags = new HashMap<>();
        final List<String> calls = new ArrayList<>();

        @Override
        public AppFacts app() {
            return new AppFacts("aiacaapp", "/app", scale, scale.minReplicas(), ENV, "GPU", "swedencentral", Map.of());
        }

        @Override
        public void scale(AppScale wanted) {
            calls.add("scale " + wanted.display());
            scale = wanted;
        }

        @Override
        public Optional<WorkloadProfile> profile(String environmentId, String profileName) {
            boolean dedicated = !profileType.startsWith("Consumption");
            return Optional.of(new WorkloadProfile("GPU", profileType, dedicated ? profileMinimum : null, dedicated ? 2 : null));
        }

        @Override
        public Map<String, String> environmentTags(String environmentId) {
            return environmentTags;
        }

        @Override
        public void setProfileMinimum(String environmentId, String profileName, int minimum) {
            calls.add("profile " + profileName + " min " + minimum);
            profileMinimum = minimum;
        }
    }

    final InMemoryScaling scaling = new InMemoryScaling();
    final List<MeterEvent> events = new ArrayList<>();
    final ProjectTag project = new ProjectTag("phi3");

    @Test
    void stopInAnEnvironmentThisProjectCreatedScalesToZeroAndReleasesTheGpuNodes() {
        new Meter(scaling, tag -> Set.of(ENV.toLowerCase()), project).stop(false, events::add);

        assertThat(scaling.scale).isEqualTo(new AppScale(0, 2));
        assertThat(scaling.profileMinimum).isZero();
        assertThat(events).containsExactly(new MeterEvent.Scaled("aiacaapp", new AppScale(1, 2), new AppScale(0, 2)),
                new MeterEvent.ProfileChanged("aienv", "GPU", 1, 0));
    }

    @Test
    void anEnvironmentCarryingTheProjectTagIsOursToo() {
        scaling.environmentTags.put(ProjectTag.KEY, "phi3");

        new Meter(scaling, tag -> Set.of(), project).stop(false, events::add);

        assertThat(scaling.profileMinimum).isZero();
    }

    @Test
    void aSharedEnvironmentIsLeftAloneWithAWarningUnlessIncluded() {
        scaling.environmentTags.put(ProjectTag.KEY, "finetuning-project");
        Meter meter = new Meter(scaling, tag -> Set.of(), project);

        meter.stop(false, events::add);

        assertThat(scaling.scale.minReplicas()).isZero();
        assertThat(scaling.profileMinimum).isEqualTo(1);
        assertThat(events.get(1)).isInstanceOfSatisfying(MeterEvent.ProfileLeft.class,
                left -> assertThat(left.why()).contains("--include-environment"));

        meter.stop(true, events::add);
        assertThat(scaling.profileMinimum).isZero();
    }

    @Test
    void aServerlessProfileHasNoNodesToRelease() {
        scaling.profileType = "Consumption-GPU-NC8as-T4";

        new Meter(scaling, tag -> Set.of(ENV.toLowerCase()), project).stop(false, events::add);

        assertThat(scaling.calls).containsExactly("scale min 0, max 2");
    }

    @Test
    void startKeepsTheMaximumAndScaleChecksTheRuleBeforeSendingAnything() {
        scaling.scale = new AppScale(0, 3);
        Meter meter = new Meter(scaling, tag -> Set.of(), project);

        meter.start(1, events::add);
        assertThat(scaling.scale).isEqualTo(new AppScale(1, 3));

        assertThatThrownBy(() -> AppScale.checked(3, 2)).isInstanceOfSatisfying(InfractlException.class,
                e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT));
        assertThat(scaling.calls).containsExactly("scale min 1, max 3");
    }

    @Test
    void statusCostsUnknownWithoutAPriceAndBillsDedicatedNodesWithOne() {
        assertThat(AppStatus.of(scaling, PriceTable.UNKNOWN).costPerHour()).isEmpty();

        scaling.scale = new AppScale(0, 2);
        AppStatus status = AppStatus.of(scaling, (type, region) -> Optional.of(new BigDecimal("4.50")));

        assertThat(status.costPerHour()).contains(new BigDecimal("4.50"));
    }
}
