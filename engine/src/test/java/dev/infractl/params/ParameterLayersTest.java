package dev.infractl.params;

import static dev.infractl.params.TestProject.parametersFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.infractl.InfractlException;
import dev.infractl.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each of the six layers applies, and overrides the layers below it. */
class ParameterLayersTest {

    final TestProject project;

    ParameterLayersTest(@TempDir Path root) {
        project = new TestProject(root);
    }

    @Test
    void templateDefaultsApplyWhenNothingElseIsSet() {
        ResolvedParameter count = project.resolved("maximumInstanceCount");

        assertThat(count.value().asInt()).isEqualTo(1);
        assertThat(count.kind()).isEqualTo(ValueKind.LITERAL);
        assertThat(count.sourceText()).isEqualTo("template default");
    }

    @Test
    void expressionDefaultsShowTheirTextUntilEvaluated() {
        ResolvedParameter storage = project.resolved("storageAccountName");

        assertThat(storage.kind()).isEqualTo(ValueKind.EXPRESSION);
        assertThat(storage.value().asText()).startsWith("[format('st{0}'");
        assertThat(storage.sourceText()).isEqualTo("template default (expression)");
    }

    @Test
    void anEvaluatorBehindTheSeamReplacesExpressionDefaults() {
        ExpressionDefaults evaluator = (template, parameters, target) ->
                Map.of("storageAccountName", TextNode.valueOf("stabc123"));

        ResolvedParameter storage = project.resolver(evaluator).resolve(project.request()).get("storageAccountName").orElseThrow();

        assertThat(storage.value().asText()).isEqualTo("stabc123");
        assertThat(storage.kind()).isEqualTo(ValueKind.LITERAL);
        assertThat(storage.sourceText()).isEqualTo("template default (evaluated)");
    }

    @Test
    void anEvaluatorThatFailsJoinsTheOtherProblems() {
        ExpressionDefaults failing = (template, parameters, target) -> {
            throw InfractlException.badInput("uniqueString needs a resource group", null, "pass --resource-group");
        };

        InfractlException error = catchThrowableOfType(
                InfractlException.class,
                () -> project.resolver(failing).resolve(project.request("maximumInstanceCont=1")));

        assertThat(error.problems()).extracting(Problem::message).containsExactly(
                "uniqueString needs a resource group", "--param maximumInstanceCont is not declared by the template");
    }

    @Test
    void finetuningParametersOverrideTemplateDefaults() {
        project.write("infra/provision/finetuning.parameters.json",
                parametersFile("\"maximumInstanceCount\": {\"value\": 2}"));

        ResolvedParameter count = project.resolved("maximumInstanceCount");

        assertThat(count.value().asInt()).isEqualTo(2);
        assertThat(count.sourceText())
                .isEqualTo("infra/provision/finetuning.parameters.json $.parameters.maximumInstanceCount.value");
    }

    @Test
    void finetuningParametersTheTemplateDoesNotDeclareAreIgnoredWithANote() {
        project.write("infra/provision/finetuning.parameters.json",
                parametersFile("\"jobCommands\": {\"value\": \"${NOT_SET_ANYWHERE}\"}"));

        ResolvedParameters resolved = project.resolve();

        assertThat(resolved.notes()).singleElement().asString()
                .contains("finetuning.parameters.json sets jobCommands").contains("ignored");
    }

    @Test
    void finetuningConfigNamesTheSharedStorageOverFinetuningParameters() {
        project.write("infra/provision/finetuning.parameters.json",
                parametersFile("\"storageAccountName\": {\"value\": \"stfromparams\"}"));
        project.write("infra/finetuning.config.json",
                "{\"STORAGE_ACCOUNT_NAME\": \"stfromconfig\", \"FILE_SHARE_NAME\": \"share-ft\", \"ACA_JOB_NAME\": \"job\"}");

        ResolvedParameters resolved = project.resolve();

        assertThat(resolved.get("storageAccountName").orElseThrow().value().asText()).isEqualTo("stfromconfig");
        assertThat(resolved.get("storageAccountName").orElseThrow().sourceText())
                .isEqualTo("infra/finetuning.config.json $.STORAGE_ACCOUNT_NAME");
        assertThat(resolved.get("fileShareName").orElseThrow().value().asText()).isEqualTo("share-ft");
    }

    @Test
    void whatDiscoveryFoundOverridesFinetuningConfigAndInferenceParametersOverrideIt() {
        project.write("infra/finetuning.config.json", "{\"STORAGE_ACCOUNT_NAME\": \"stfromconfig\"}");
        project.write("infra/provision/inference.parameters.json",
                parametersFile("\"fileShareName\": {\"value\": \"share-mine\"}"));
        ParameterSource found = new ParameterSource(Layer.DISCOVERED, null, "fine-tuning job aiacajobk3j2x");
        ParameterLayer discovered = new ParameterLayer(Layer.DISCOVERED, List.of(
                new ParameterAssignment("storageAccountName", TextNode.valueOf("stfound"), ValueKind.LITERAL, found),
                new ParameterAssignment("fileShareName", TextNode.valueOf("share-found"), ValueKind.LITERAL, found)));

        ResolvedParameters resolved = project.resolver(ExpressionDefaults.NOT_EVALUATED)
                .resolve(project.request().withDiscovered(discovered));

        assertThat(resolved.get("storageAccountName").orElseThrow().value().asText()).isEqualTo("stfound");
        assertThat(resolved.get("storageAccountName").orElseThrow().sourceText())
                .isEqualTo("fine-tuning job aiacajobk3j2x (ARM)");
        assertThat(resolved.get("fileShareName").orElseThrow().value().asText()).isEqualTo("share-mine");
        assertThat(resolved.toArmParameters().path("storageAccountName").path("value").asText()).isEqualTo("stfound");
    }

    @Test
    void inferenceParametersOverrideTheFinetuningLayers() {
        project.write("infra/finetuning.config.json", "{\"STORAGE_ACCOUNT_NAME\": \"stfromconfig\"}");
        project.write("infra/provision/inference.parameters.json",
                parametersFile("\"storageAccountName\": {\"value\": \"stinference\"}"));

        ResolvedParameter storage = project.resolved("storageAccountName");

        assertThat(storage.value().asText()).isEqualTo("stinference");
        assertThat(storage.source().layer()).isEqualTo(Layer.INFERENCE_PARAMETERS);
        assertThat(storage.sourceText())
                .isEqualTo("infra/provision/inference.parameters.json $.parameters.storageAccountName.value");
    }

    @Test
    void aParametersFileWithAByteOrderMarkIsRead() {
        project.write("infra/provision/inference.parameters.json",
                "\uFEFF" + parametersFile("\"maximumInstanceCount\": {\"value\": 2}"));

        assertThat(project.resolved("maximumInstanceCount").value().asInt()).isEqualTo(2);
    }

    @Test
    void aNullInInferenceParametersMeansNotSet() {
        project.write("infra/finetuning.config.json", "{\"STORAGE_ACCOUNT_NAME\": \"stfromconfig\"}");
        project.write("infra/provision/inference.parameters.json", parametersFile(
                "\"storageAccountName\": {\"value\": null}", "\"acaAppName\": {\"value\": null}"));

        ResolvedParameters resolved = project.resolve();

        assertThat(resolved.get("storageAccountName").orElseThrow().value().asText()).isEqualTo("stfromconfig");
        assertThat(resolved.get("acaAppName").orElseThrow().kind()).isEqualTo(ValueKind.EXPRESSION);
    }

    @Test
    void parametersFilesOverrideInferenceParametersAndLaterFilesWin() {
        project.write("infra/provision/inference.parameters.json",
                parametersFile("\"maximumInstanceCount\": {\"value\": 2}", "\"gpuProfile\": {\"value\": \"NC24-A100\"}"));
        project.parameterFiles.add(project.write("ci/first.json", parametersFile(
                "\"maximumInstanceCount\": {\"value\": 3}", "\"gpuProfile\": {\"value\": \"Consumption-GPU-NC8as-T4\"}")));
        project.parameterFiles.add(project.write("ci/second.json", parametersFile("\"maximumInstanceCount\": {\"value\": 4}")));

        ResolvedParameters resolved = project.resolve();

        assertThat(resolved.get("maximumInstanceCount").orElseThrow().value().asInt()).isEqualTo(4);
        assertThat(resolved.get("maximumInstanceCount").orElseThrow().sourceText())
                .isEqualTo("ci/second.json $.parameters.maximumInstanceCount.value");
        assertThat(resolved.get("gpuProfile").orElseThrow().value().asText()).isEqualTo("Consumption-GPU-NC8as-T4");
        assertThat(resolved.get("gpuProfile").orElseThrow().source().layer()).isEqualTo(Layer.PARAMETERS_FILE);
    }

    @Test
    void commandLineParamsOverrideEveryFileAndTheLastOneWins() {
        project.write("infra/provision/inference.parameters.json", parametersFile("\"maximumInstanceCount\": {\"value\": 2}"));
        project.parameterFiles.add(project.write("ci.json", parametersFile("\"maximumInstanceCount\": {\"value\": 3}")));

        ResolvedParameter count = project.resolved("maximumInstanceCount",
                "maximumInstanceCount=5", "maximumInstanceCount=6");

        assertThat(count.value().asInt()).isEqualTo(6);
        assertThat(count.sourceText()).isEqualTo("--param");
    }

    @Test
    void environmentVariablesAreSubstitutedInParameterFiles() {
        project.environment.put("REGISTRY", "myregistry.azurecr.io");
        project.environment.put("INSTANCES", "3");
        project.write("infra/provision/inference.parameters.json", parametersFile(
                "\"containerImage\": {\"value\": \"${REGISTRY}/inference:1\"}",
                "\"maximumInstanceCount\": {\"value\": \"${INSTANCES}\"}",
                "\"defaultCommands\": {\"value\": [\"pull ${REGISTRY}\"]}"));

        ResolvedParameters resolved = project.resolve();

        assertThat(resolved.get("containerImage").orElseThrow().value().asText()).isEqualTo("myregistry.azurecr.io/inference:1");
        assertThat(resolved.get("maximumInstanceCount").orElseThrow().value().asInt()).isEqualTo(3);
        assertThat(resolved.get("defaultCommands").orElseThrow().value().get(0).asText())
                .isEqualTo("pull myregistry.azurecr.io");
    }

    @Test
    void keyVaultReferencesPassThroughUnevaluatedAndMasked() {
        project.write("infra/provision/inference.parameters.json", parametersFile(
                "\"registryPassword\": {\"reference\": {\"keyVault\": {\"id\": \"/subscriptions/x/vaults/kv\"},"
                        + " \"secretName\": \"registry\"}}"));

        ResolvedParameters resolved = project.resolve();
        ResolvedParameter password = resolved.get("registryPassword").orElseThrow();

        assertThat(password.kind()).isEqualTo(ValueKind.KEY_VAULT_REFERENCE);
        assertThat(password.shownValue().asText()).isEqualTo("***");
        assertThat(resolved.toArmParameters().get("registryPassword").get("reference").get("secretName").asText())
                .isEqualTo("registry");
    }

    @Test
    void armParametersCarryOnlyExplicitValues() {
        ResolvedParameters resolved = project.resolve("maximumInstanceCount=2");

        assertThat(resolved.toArmParameters().toString()).isEqualTo("{\"maximumInstanceCount\":{\"value\":2}}");
    }

    @Test
    void secureValuesAreMaskedButKept() {
        ResolvedParameter password = project.resolved("registryPassword", "registryPassword=hunter2");

        assertThat(password.shownValue().asText()).isEqualTo("***");
        assertThat(password.value().asText()).isEqualTo("hunter2");
    }
}
