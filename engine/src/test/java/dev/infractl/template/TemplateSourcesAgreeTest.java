package dev.infractl.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** The committed inference.json must be what inference.bicep compiles to: same promises to users and Azure. */
class TemplateSourcesAgreeTest {

    private static final String HOW_TO_FIX = "\ninference.json no longer matches inference.bicep: run `infractl build`"
            + " with a Bicep compiler and commit infra/provision/inference.json";

    private final String bicepSource = TemplateFiles.bicepSource();
    private final TemplateShape bicep = BicepDeclarationReader.read(bicepSource).shape();
    private final JsonNode compiled = TemplateFiles.compiled();
    private final TemplateShape json = TemplateShape.of(compiled);

    @Test
    void compiledJsonRecordsTheHashOfTheBicepItWasCompiledFrom() {
        JsonNode recorded = compiled.path("metadata").path("infractl");

        assertThat(recorded.path("sourceFile").asText()).isEqualTo("inference.bicep");
        assertThat(recorded.path("sourceSha256").asText())
                .as("metadata.infractl.sourceSha256 of inference.json" + HOW_TO_FIX)
                .isEqualTo(TemplateFiles.sourceSha256(bicepSource));
    }

    @Test
    void bothDeclareTheSameParametersWithTheSameConstraints() {
        assertThat(json.parameters().keySet()).as("parameter names" + HOW_TO_FIX)
                .containsExactlyElementsOf(bicep.parameters().keySet());
        SoftAssertions soft = new SoftAssertions();
        bicep.parameters().forEach((name, declared) -> soft.assertThat(json.parameters().get(name))
                .as("parameter %s%s", name, HOW_TO_FIX)
                .isEqualTo(declared));
        soft.assertAll();
    }

    @Test
    void bothDeclareTheSameResourcesWithTheSameApiVersionsAndNames() {
        assertThat(json.resources()).as("type@apiVersion and name of every resource" + HOW_TO_FIX)
                .containsExactlyElementsOf(bicep.resources());
    }

    @Test
    void bothDeclareTheSameOutputs() {
        assertThat(json.outputs()).as("output names and types" + HOW_TO_FIX)
                .containsExactlyEntriesOf(bicep.outputs());
    }

    @Test
    void outputsAreTheSixKeysOfInferenceConfigJson() {
        assertThat(bicep.outputs()).containsOnlyKeys("SUBSCRIPTION_ID", "RESOURCE_GROUP_NAME", "STORAGE_ACCOUNT_NAME",
                "FILE_SHARE_NAME", "ACA_APP_NAME", "ACA_APP_ENDPOINT");
        assertThat(compiled.path("outputs").path("ACA_APP_ENDPOINT").path("value").asText())
                .as("the bare host name, as the AI Toolkit's template outputs it")
                .isEqualTo("[reference(resourceId('Microsoft.App/containerApps', parameters('acaAppName')), '2024-03-01')"
                        + ".configuration.ingress.fqdn]");
    }

    @Test
    void parametersFileSetsOnlyDeclaredParametersAndLeavesEveryNameToTheTemplate() {
        JsonNode values = TemplateFiles.parameters().path("parameters");

        assertThat(values.properties()).allSatisfy(entry -> assertThat(bicep.parameters())
                .as("parameters the template declares").containsKey(entry.getKey()));
        assertThat(values.path("defaultCommands").path("value").isArray()).isTrue();
        assertThat(values.path("maximumInstanceCount").path("value").asInt()).isEqualTo(2);
        assertThat(bicep.parameters().keySet().stream().filter(name -> name.endsWith("Name")))
                .hasSize(7)
                .allSatisfy(name -> assertThat(values.path(name).path("value").isNull()).as(name + " is null").isTrue());
    }

    @Test
    void everyParameterIsDescribed() {
        assertThat(bicep.parameters()).allSatisfy((name, parameter) ->
                assertThat(parameter.description()).as("@description of %s", name).isNotBlank());
    }
}
