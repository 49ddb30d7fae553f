package dev.infractl.arm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Resource bodies and outputs, evaluated against the resources that exist at that moment. */
class ResourceEvaluationTest {

    private static final String STORAGE = Templates.id("Microsoft.Storage/storageAccounts", "acct");

    private static final String TEMPLATE = """
        {`resources`: [
          {`type`: `Microsoft.Storage/storageAccounts`, `apiVersion`: `2023-05-01`, `name`: `acct`,
           `location`: `[resourceGroup().location]`, `sku`: {`name`: `Standard_LRS`}, `kind`: `StorageV2`},
          {`type`: `Microsoft.App/managedEnvironments/storages`, `apiVersion`: `2024-03-01`, `name`: `env/files`,
           `properties`: {`azureFile`: {
              `accountName`: `acct`,
              `accountKey`: `[listKeys(resourceId('Microsoft.Storage/storageAccounts', 'acct'), '2023-05-01').keys[0].value]`,
              `endpoint`: `[reference('acct').primaryEndpoints.file]`,
              `kind`: `[reference('acct', '2023-05-01', 'Full').kind]`,
              `unused`: `[if(false(), reference('missing-at-runtime'), 'not read')]`,
              `copy`: [{`name`: `mounts`, `count`: 2, `input`: {`path`: `[concat('/mnt/', copyIndex('mounts'))]`}}]}}}],
         `outputs`: {
           `endpoint`: {`type`: `string`, `value`: `[reference('acct').primaryEndpoints.file]`},
           `hidden`: {`type`: `string`, `condition`: false, `value`: `[reference('acct').nothing]`},
           `names`: {`type`: `array`, `copy`: {`count`: 2, `input`: `[concat('n', copyIndex())]`}}}}""";

    private final FakeResourceState state = new FakeResourceState()
            .withResource(STORAGE, Templates.json("""
                {`id`: `x`, `kind`: `StorageV2`, `properties`: {`primaryEndpoints`: {`file`: `https://127.0.0.1:1/acct/`}}}"""))
            .withKeys(STORAGE, Templates.json("{`keys`: [{`keyName`: `key1`, `value`: `secret-1`}]}"));

    @Test
    void evaluatesTheWholeBodyReadingTheLiveResources() {
        PreparedDeployment deployment = Templates.prepare(TEMPLATE);

        JsonNode storage = deployment.evaluateResource(deployment.resources().get(0), state);
        JsonNode link = deployment.evaluateResource(deployment.resources().get(1), state);

        assertThat(storage.get("location").asText()).isEqualTo("eastus");
        assertThat(storage.get("name").asText()).isEqualTo("acct");
        assertThat(storage.has("dependsOn")).isFalse();
        assertThat(link.at("/properties/azureFile")).isEqualTo(Templates.json("""
            {`accountName`: `acct`, `accountKey`: `secret-1`, `endpoint`: `https://127.0.0.1:1/acct/`,
             `kind`: `StorageV2`, `unused`: `not read`,
             `mounts`: [{`path`: `/mnt/0`}, {`path`: `/mnt/1`}]}"""));
        assertThat(state.reads).contains("listKeys " + STORAGE + " 2023-05-01").noneMatch(r -> r.contains("missing"));
        assertThat(deployment.resources().get(1).dependsOn()).containsExactly(STORAGE);
    }

    @Test
    void aPropertyNameThatIsAnExpressionIsEvaluatedAsUserAssignedIdentitiesAreKeyed() {
        PreparedDeployment deployment = Templates.prepare("""
            {`resources`: [{`type`: `Microsoft.Web/sites`, `apiVersion`: `2022-09-01`, `name`: `web`,
              `identity`: {`type`: `UserAssigned`, `userAssignedIdentities`: {
                `[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'uami')]`: {},
                `[[literal]`: 1}}}]}""");

        JsonNode identities = deployment.evaluateResource(deployment.resources().get(0), state)
                .at("/identity/userAssignedIdentities");

        assertThat(identities.has(Templates.id("Microsoft.ManagedIdentity/userAssignedIdentities", "uami"))).isTrue();
        assertThat(identities.has("[[literal]")).isTrue();
    }

    @Test
    void outputsCarryTheirTypeAndLeaveOutFalseConditions() {
        Map<String, JsonNode> outputs = Templates.prepare(TEMPLATE).outputs(state);

        assertThat(outputs).containsOnlyKeys("endpoint", "names");
        assertThat(outputs.get("endpoint")).isEqualTo(Templates.json(
                "{`type`: `String`, `value`: `https://127.0.0.1:1/acct/`}"));
        assertThat(outputs.get("names")).isEqualTo(Templates.json("{`type`: `Array`, `value`: [`n0`, `n1`]}"));
    }

    @Test
    void aReferenceToAResourceThatDoesNotExistYetIsResourceNotFound() {
        PreparedDeployment deployment = Templates.prepare(TEMPLATE);

        assertThatThrownBy(() -> deployment.evaluateResource(deployment.resources().get(1), ResourceState.none()))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.code()).isEqualTo("ResourceNotFound");
                    assertThat(e.getMessage()).contains(STORAGE);
                });
    }

    @Test
    void referenceIsRefusedWherePlanningEvaluates() {
        assertThatThrownBy(() -> Templates.prepare("""
            {`resources`: [{`type`: `Microsoft.Web/sites`, `name`: `[reference('x').name]`}]}"""))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.jsonPath()).isEqualTo("$.resources[0].name");
                    assertThat(e.getMessage()).contains("The template function 'reference' is not expected at this location");
                });
    }

    @Test
    void aModuleWithInnerScopeKeepsItsTemplateAsWrittenAndGetsItsParametersEvaluated() {
        PreparedDeployment deployment = Templates.prepare("""
            {`parameters`: {`name`: {`type`: `string`, `defaultValue`: `outer`}},
             `resources`: [{`type`: `Microsoft.Resources/deployments`, `apiVersion`: `2022-09-01`, `name`: `module`,
               `properties`: {`expressionEvaluationOptions`: {`scope`: `inner`}, `mode`: `Incremental`,
                 `parameters`: {`name`: {`value`: `[parameters('name')]`}},
                 `template`: {`parameters`: {`name`: {`type`: `string`}},
                              `resources`: [],
                              `outputs`: {`echo`: {`type`: `string`, `value`: `[reference('inner-only').x]`}}}}}]}""");

        JsonNode module = deployment.evaluateResource(deployment.resources().get(0), state);

        assertThat(module.at("/properties/parameters/name/value").asText()).isEqualTo("outer");
        assertThat(module.at("/properties/template/outputs/echo/value").asText()).isEqualTo("[reference('inner-only').x]");
    }

    @Test
    void aModuleWithOuterScopeBecomesATemplateThatDeclaresTheParentsParametersAndHoldsItsVariables() {
        PreparedDeployment deployment = Templates.prepare("""
            {`parameters`: {`count`: {`type`: `int`, `defaultValue`: 2, `minValue`: 1}},
             `variables`: {`prefix`: `[concat('st', parameters('count'))]`, `bracketed`: `[[x]`},
             `resources`: [{`type`: `Microsoft.Resources/deployments`, `apiVersion`: `2022-09-01`, `name`: `module`,
               `properties`: {`mode`: `Incremental`,
                 `template`: {`resources`: [{`type`: `Microsoft.Storage/storageAccounts`,
                     `name`: `[concat(variables('prefix'), copyIndex())]`, `copy`: {`name`: `loop`, `count`: 2}}],
                   `outputs`: {`text`: {`type`: `string`, `value`: `[variables('bracketed')]`}}}}}]}""");

        JsonNode module = deployment.evaluateResource(deployment.resources().get(0), state);
        PreparedDeployment nested = TemplateEvaluator.prepare(module.at("/properties/template"),
                module.at("/properties/parameters"), Templates.SCOPE);

        assertThat(module.at("/properties/parameters")).isEqualTo(Templates.json("{`count`: {`value`: 2}}"));
        assertThat(module.at("/properties/template/parameters/count")).isEqualTo(
                Templates.json("{`type`: `int`, `minValue`: 1}"));
        assertThat(Templates.names(nested)).containsExactly("st20", "st21");
        assertThat(nested.outputs(state).get("text").get("value").asText()).isEqualTo("[x]");
    }

    @Test
    void providersDescribesANamespaceOrOneOfItsTypesFromWhatTheStateKnows() {
        state.withProvider("Microsoft.Web", Templates.json("""
            {`namespace`: `Microsoft.Web`, `resourceTypes`: [
              {`resourceType`: `sites`, `locations`: [`East US`], `apiVersions`: [`2023-12-01`]}]}"""));
        PreparedDeployment deployment = Templates.prepare("""
            {`resources`: [], `outputs`: {
              `all`: {`type`: `object`, `value`: `[providers('microsoft.web')]`},
              `sites`: {`type`: `array`, `value`: `[providers('Microsoft.Web', 'Sites').apiVersions]`}}}""");

        Map<String, JsonNode> outputs = deployment.outputs(state);

        assertThat(outputs.get("all").at("/value/namespace").asText()).isEqualTo("Microsoft.Web");
        assertThat(outputs.get("sites").get("value")).isEqualTo(Templates.json("[`2023-12-01`]"));
        assertThatThrownBy(() -> Templates.prepare("""
            {`resources`: [], `outputs`: {`x`: {`type`: `object`, `value`: `[providers('Unknown.Space')]`}}}""")
                .outputs(state)).hasMessageContaining("the resource provider namespace 'Unknown.Space' is not known");
    }

    @Test
    void userDefinedFunctionsSeeOnlyTheirOwnParameters() {
        PreparedDeployment deployment = Templates.prepare("""
            {`functions`: [{`namespace`: `__bicep`, `members`: {`prefixed`: {
                `parameters`: [{`name`: `name`, `type`: `string`}],
                `output`: {`type`: `string`, `value`: `[format('inf-{0}', toLower(parameters('name')))]`}}}}],
             `resources`: [],
             `outputs`: {`name`: {`type`: `string`, `value`: `[__bicep.prefixed('APP')]`}}}""");

        assertThat(deployment.outputs(state).get("name").get("value").asText()).isEqualTo("inf-app");
    }
}
