package dev.infractl.arm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParametersAndVariablesTest {

    private static final String TEMPLATE = """
        {`parameters`: {
           `location`: {`type`: `string`, `defaultValue`: `[resourceGroup().location]`},
           `prefix`: {`type`: `string`, `defaultValue`: `st`, `maxLength`: 5},
           `accountName`: {`type`: `string`, `defaultValue`: `[concat(parameters('prefix'), uniqueString(resourceGroup().id))]`},
           `count`: {`type`: `int`, `defaultValue`: 1, `minValue`: 0, `maxValue`: 4},
           `sku`: {`type`: `string`, `defaultValue`: `Standard_LRS`, `allowedValues`: [`Standard_LRS`, `Premium_LRS`]}},
         `variables`: {
           `shareName`: `[concat(variables('base'), '-share')]`,
           `base`: `[toLower(parameters('accountName'))]`,
           `copy`: [{`name`: `disks`, `count`: `[parameters('count')]`, `input`: {`lun`: `[copyIndex('disks')]`}}]},
         `resources`: []}""";

    @Test
    void defaultsAreEvaluatedInDependencyOrderAndGivenValuesWin() {
        PreparedDeployment deployment = Templates.prepare(TEMPLATE, """
            {`prefix`: {`value`: `inf`}, `location`: {`value`: null}, `count`: {`value`: 2}}""");

        String expectedName = "inf" + UniqueString.of(Templates.GROUP);
        assertThat(deployment.parameters().get("location").asText()).isEqualTo("eastus");
        assertThat(deployment.parameters().get("accountName").asText()).isEqualTo(expectedName);
        assertThat(deployment.variables().get("shareName").asText()).isEqualTo(expectedName + "-share");
        assertThat(deployment.variables().get("disks")).isEqualTo(Templates.json("[{`lun`: 0}, {`lun`: 1}]"));
    }

    @Test
    void acceptsAWholeParametersFileToo() {
        PreparedDeployment deployment = Templates.prepare(TEMPLATE, """
            {`$schema`: `https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#`,
             `contentVersion`: `1.0.0.0`, `parameters`: {`count`: {`value`: 4}}}""");

        assertThat(deployment.parameters().get("count").asInt()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        {`nope`: {`value`: 1}}                   | The template parameters 'nope' in the parameters file are not valid
        {`count`: {`value`: `two`}}              | Expected a value of type 'int', but received a value of type 'String'
        {`count`: {`value`: 9}}                  | value 9 is more than the maximum value 4
        {`prefix`: {`value`: `toolong`}}         | length 7 is more than the maximum length 5
        {`sku`: {`value`: `Gold`}}               | The provided value 'Gold' for the template parameter 'sku' is not valid
        {`sku`: {`reference`: {`keyVault`: {}}}} | is a Key Vault reference
        """)
    void refusesParameterValuesThatResourceManagerWouldRefuse(String parameters, String message) {
        assertThatThrownBy(() -> Templates.prepare(TEMPLATE, parameters))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidTemplate");
                    assertThat(e.getMessage()).contains(message);
                    assertThat(e.jsonPath()).startsWith("$.parameters.");
                });
    }

    @Test
    void aParameterWithoutValueOrDefaultIsNamed() {
        assertThatThrownBy(() -> Templates.prepare("{`parameters`: {`name`: {`type`: `string`}}, `resources`: []}"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("The value for the template parameter 'name' at $.parameters.name is not provided");
    }

    @Test
    void utcNowIsAllowedInAParameterDefaultAndReadsTheClock() {
        String template = """
            {`parameters`: {`stamp`: {`type`: `string`, `defaultValue`: `[utcNow()]`},
                            `day`: {`type`: `string`, `defaultValue`: `[utcNow('yyyy-MM-dd')]`}}, `resources`: []}""";
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T13:14:15Z"), ZoneOffset.UTC);

        PreparedDeployment deployment = TemplateEvaluator.prepare(Templates.json(template), Templates.json("{}"),
                Templates.SCOPE, clock);

        assertThat(deployment.parameters().get("stamp").asText()).isEqualTo("20261125T131415Z");
        assertThat(deployment.parameters().get("day").asText()).isEqualTo("2026-11-25");
    }

    @Test
    void dateTimeAddReadsUtcNowInItsDefaultFormat() {
        String template = """
            {`parameters`: {`expiry`: {`type`: `string`, `defaultValue`: `[dateTimeAdd(utcNow(), 'P1Y')]`}}, `resources`: []}""";
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T13:14:15Z"), ZoneOffset.UTC);

        PreparedDeployment deployment = TemplateEvaluator.prepare(Templates.json(template), Templates.json("{}"),
                Templates.SCOPE, clock);

        assertThat(deployment.parameters().get("expiry").asText()).isEqualTo("2027-11-25T13:14:15Z");
    }

    @Test
    void defaultsThatDependOnEachOtherAreACycle() {
        String template = """
            {`parameters`: {`a`: {`type`: `string`, `defaultValue`: `[parameters('b')]`},
                            `b`: {`type`: `string`, `defaultValue`: `[parameters('a')]`}}, `resources`: []}""";
        assertThatThrownBy(() -> Templates.prepare(template))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("depends on itself: a -> b -> a");
    }
}
