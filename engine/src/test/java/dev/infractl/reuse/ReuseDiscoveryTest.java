package dev.infractl.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.infractl.InfractlException;
import dev.infractl.params.Layer;
import dev.infractl.params.ParameterAssignment;
import dev.infractl.params.ParameterDeclaration;
import dev.infractl.params.ParameterSource;
import dev.infractl.params.ParameterType;
import dev.infractl.params.ResolvedParameter;
import dev.infractl.params.ResolvedParameters;
import dev.infractl.params.Target;
import dev.infractl.params.TargetSetting;
import dev.infractl.params.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReuseDiscoveryTest {

    private static final String SUFFIX = "k3j2x";

    private final InMemoryResources group = new InMemoryResources();
    private final List<ResolvedParameter> parameters = new ArrayList<>();

    ReuseDiscoveryTest() {
        for (String kind : List.of("storageAccountName:storage", "fileShareName:fileshare", "acaEnvironmentName:env",
                "acaEnvironmentStorageName:envstorage", "acaAppName:acaapp", "acaLogAnalyticsName:log")) {
            String[] parts = kind.split(":");
            declare(parts[0], ParameterType.STRING, TextNode.valueOf("ai" + parts[1] + SUFFIX), Layer.TEMPLATE_DEFAULT);
        }
        declare("gpuWorkloadProfileName", ParameterType.STRING, TextNode.valueOf("GPU"), Layer.TEMPLATE_DEFAULT);
        declare("gpuProfile", ParameterType.STRING, TextNode.valueOf("NC24-A100"), Layer.TEMPLATE_DEFAULT);
        for (String reuse : List.of("reuseStorageAccount", "reuseFileShare", "reuseWorkspace", "reuseEnvironment",
                "reuseEnvironmentStorage")) {
            declare(reuse, ParameterType.BOOL, BooleanNode.FALSE, Layer.TEMPLATE_DEFAULT);
        }
    }

    @Test
    void theFineTuningJobTellsTheEnvironmentItsGpuProfileStorageLinkAndWorkspace() {
        fineTuningMade("ai");

        Findings found = discover("aiacajob" + SUFFIX, NamePrefix.standard());

        Map<String, String> values = values(found);
        assertThat(values).containsEntry("acaEnvironmentName", "aienv" + SUFFIX)
                .containsEntry("gpuWorkloadProfileName", "GPU")
                .containsEntry("gpuProfile", "NC24-A100")
                .containsEntry("acaEnvironmentStorageName", "aienvstorage" + SUFFIX)
                .containsEntry("acaLogAnalyticsName", "ailog" + SUFFIX)
                .containsEntry("reuseEnvironment", "true").containsEntry("reuseEnvironmentStorage", "true")
                .containsEntry("reuseWorkspace", "true").containsEntry("reuseStorageAccount", "true")
                .containsEntry("reuseFileShare", "true");
        assertThat(source(found, "acaEnvironmentName")).isEqualTo("fine-tuning job aiacajob" + SUFFIX + " (ARM)");
        assertThat(found.decisions()).extracting(d -> d.action() + " " + d.name()).containsExactly(
                "REUSE aistorage" + SUFFIX, "REUSE aifileshare" + SUFFIX, "REUSE ailog" + SUFFIX, "REUSE aienv" + SUFFIX,
                "REUSE aienvstorage" + SUFFIX, "CREATE aiacaapp" + SUFFIX);
    }

    @Test
    void withoutAJobTheNamesOfTheProjectsGenerationAreLookedUp() {
        fineTuningMade("wasi");

        Findings found = discover(null, new NamePrefix("wasi", "finetuning.bicep"));

        assertThat(values(found)).containsEntry("acaEnvironmentName", "wasienv" + SUFFIX)
                .containsEntry("storageAccountName", "wasistorage" + SUFFIX)
                .containsEntry("acaLogAnalyticsName", "wasilog" + SUFFIX)
                .containsEntry("reuseEnvironment", "true");
        assertThat(source(found, "acaEnvironmentName")).isEqualTo("exists, named like finetuning.bicep (ARM)");
    }

    @Test
    void aNameTheUserSetIsLookedUpButNeverReplaced() {
        fineTuningMade("ai");
        declare("acaEnvironmentName", ParameterType.STRING, TextNode.valueOf("my-env"), Layer.INFERENCE_PARAMETERS);

        Findings found = discover("aiacajob" + SUFFIX, NamePrefix.standard());

        assertThat(values(found)).doesNotContainKey("acaEnvironmentName").doesNotContainKey("reuseEnvironment");
        assertThat(found.decisions()).anySatisfy(d -> assertThat(d.action() + " " + d.name()).isEqualTo("CREATE my-env"));
    }

    @Test
    void aReusedEnvironmentWithoutTheGpuProfileIsLeftAloneAndTheNoteSaysHowToAddOne() {
        group.environments.put("aienv" + SUFFIX, new ExistingEnvironment("aienv" + SUFFIX,
                List.of(new WorkloadProfile("Consumption", "Consumption")), null, List.of()));

        Findings found = discover(null, NamePrefix.standard());

        assertThat(values(found)).containsEntry("reuseEnvironment", "true").doesNotContainKey("gpuWorkloadProfileName");
        assertThat(found.notes()).anySatisfy(note -> assertThat(note)
                .contains("has no GPU workload profile GPU of type NC24-A100")
                .contains("az containerapp env workload-profile add"));
    }

    @Test
    void whatThisProjectMadeBeforeIsDeclaredAgainNotReused() {
        group.environments.put("aienv" + SUFFIX, new ExistingEnvironment("aienv" + SUFFIX, List.of(), null, List.of()));
        group.with("Microsoft.Storage/storageAccounts", "aistorage" + SUFFIX);
        group.projectMade.add("/subscriptions/s/resourcegroups/g/providers/microsoft.app/managedenvironments/aienv" + SUFFIX);
        group.projectMade.add("/subscriptions/s/resourcegroups/g/providers/microsoft.storage/storageaccounts/aistorage" + SUFFIX);

        Findings found = discover(null, NamePrefix.standard());

        assertThat(values(found)).doesNotContainKeys("reuseEnvironment", "reuseStorageAccount");
        assertThat(found.decisions()).extracting(d -> d.action() + " " + d.name())
                .contains("UPDATE aienv" + SUFFIX, "UPDATE aistorage" + SUFFIX);
    }

    @Test
    void aTemplateWithoutReuseSwitchesDeclaresWhatExistsAgainAndSaysSo() {
        fineTuningMade("ai");
        parameters.removeIf(p -> p.name().startsWith("reuse") || p.name().startsWith("gpu"));

        Findings found = discover("aiacajob" + SUFFIX, NamePrefix.standard());

        assertThat(found.decisions()).filteredOn(d -> d.name().equals("aienv" + SUFFIX)).singleElement()
                .satisfies(d -> assertThat(d.action()).isEqualTo(ReuseAction.UPDATE));
        assertThat(values(found)).containsOnlyKeys("acaEnvironmentName", "acaEnvironmentStorageName", "acaLogAnalyticsName");
    }

    private void fineTuningMade(String prefix) {
        String environment = prefix + "env" + SUFFIX;
        String account = prefix + "storage" + SUFFIX;
        String share = prefix + "fileshare" + SUFFIX;
        group.jobs.put(prefix + "acajob" + SUFFIX, new FineTuningJob(prefix + "acajob" + SUFFIX, environment, "GPU"));
        group.environments.put(environment, new ExistingEnvironment(environment, List.of(
                new WorkloadProfile("Consumption", "Consumption"), new WorkloadProfile("GPU", "NC24-A100")),
                "customer-1", List.of(new StorageLink(prefix + "envstorage" + SUFFIX, account, share))));
        group.workspaces.add(new Workspace(prefix + "log" + SUFFIX, "customer-1"));
        group.with("Microsoft.Storage/storageAccounts", account)
                .with("Microsoft.Storage/storageAccounts/fileServices/shares", account, "default", share);
        if (!prefix.equals("ai")) {
            return;
        }
        declare("storageAccountName", ParameterType.STRING, TextNode.valueOf(account), Layer.FINETUNING_CONFIG);
        declare("fileShareName", ParameterType.STRING, TextNode.valueOf(share), Layer.FINETUNING_CONFIG);
    }

    @Test
    void eachQuestionIsAskedOfResourceManagerOnce() {
        fineTuningMade("ai");
        AskedResources counted = new AskedResources(group, Set.of());

        Findings found = discover(counted, "aiacajob" + SUFFIX, NamePrefix.standard());

        assertThat(values(found)).containsEntry("reuseEnvironment", "true");
        assertThat(counted.asked).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void theQuestionsEveryDiscoveryAsksAreAskedTogetherNotOneRoundTripAfterAnother() {
        AskedResources together = new AskedResources(group, Set.of()).answeringOnceAsked(5);

        Findings found = discover(together, null, NamePrefix.standard());

        assertThat(together.mostInFlight()).as("storage, share, environment, workspaces and app at once").isEqualTo(5);
        assertThat(together.asked).doesNotHaveDuplicates();
        assertThat(found.decisions()).hasSize(6);
    }

    @Test
    void whenSeveralQuestionsAreRefusedTheOneTheDiscoveryAsksFirstIsReportedAsWhenAskedOneByOne() {
        AskedResources refusing = new AskedResources(group, Set.of("Microsoft.App/containerApps aiacaapp" + SUFFIX,
                "Microsoft.Storage/storageAccounts aistorage" + SUFFIX));

        assertThatThrownBy(() -> discover(refusing, null, NamePrefix.standard()))
                .isInstanceOf(InfractlException.class)
                .hasMessage("reading Microsoft.Storage/storageAccounts aistorage" + SUFFIX + " failed: AuthorizationFailed");
    }

    private Findings discover(String job, NamePrefix prefix) {
        return discover(group, job, prefix);
    }

    private Findings discover(ExistingResources existing, String job, NamePrefix prefix) {
        ResolvedParameters provisional = new ResolvedParameters(new Target(TargetSetting.notSet(), TargetSetting.notSet()),
                parameters, List.of());
        return new ReuseDiscovery(existing).discover(new ReuseRequest(job, "infra/finetuning.config.json", prefix, SUFFIX,
                provisional, Map.of("infractl-project", "p")));
    }

    private void declare(String name, ParameterType type, JsonNode value, Layer layer) {
        List<JsonNode> allowed = name.equals("gpuProfile") ? List.of(TextNode.valueOf("NC24-A100")) : List.of();
        ParameterDeclaration declaration = new ParameterDeclaration(name, type, null, allowed, null, null, null, null, "");
        parameters.removeIf(p -> p.name().equals(name));
        parameters.add(new ResolvedParameter(declaration, value, ValueKind.LITERAL, ParameterSource.of(layer, null)));
    }

    private static Map<String, String> values(Findings found) {
        return found.values().assignments().stream()
                .collect(Collectors.toMap(ParameterAssignment::name, a -> a.value().asText()));
    }

    private static String source(Findings found, String name) {
        return found.values().assignments().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow()
                .source().describe();
    }
}
