package dev.infractl.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

/** The test-side Bicep reader must see every declaration, or the agreement test would prove nothing. */
class BicepDeclarationReaderTest {

    private static final String SOURCE = """
            // a comment with a bracket ( that must not count
            @description('Where it goes; it\\'s the group\\'s region')
            param location string = resourceGroup().location

            @allowed([
              'small'
              'large'
            ])
            param size string = 'small'

            @minValue(1)
            @maxValue(5)
            param count int = 2

            param names array

            var suffix = substring(uniqueString(resourceGroup().id), 0, 5) // trailing (
            var settings = {
              name: 'x'
            }

            param account string

            resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
              name: account
              properties: {
                name: 'not the resource name, a } in a string'
              }
            }

            resource files 'Microsoft.Storage/storageAccounts/fileServices@2023-05-01' = {
              parent: storage
              name: 'default'
            }

            output ENDPOINT string = 'https://${storage.name}'
            """;

    private final BicepDeclarations declarations = BicepDeclarationReader.read(SOURCE);

    @Test
    void readsParametersWithTheirDecoratorsAcrossLines() {
        assertThat(declarations.parameters()).extracting(BicepParameter::name)
                .containsExactly("location", "size", "count", "names", "account");
        ParameterShape size = declarations.shape().parameters().get("size");
        assertThat(size.allowedValues()).containsExactly(TextNode.valueOf("small"), TextNode.valueOf("large"));
        ParameterShape count = declarations.shape().parameters().get("count");
        assertThat(count.minValue()).isEqualTo(1);
        assertThat(count.maxValue()).isEqualTo(5);
        assertThat(count.defaultValue()).isEqualTo(IntNode.valueOf(2));
        assertThat(declarations.shape().parameters().get("names").defaultValue()).isNull();
    }

    @Test
    void unescapesDescriptionsAndTurnsDefaultsIntoArmExpressions() {
        ParameterShape location = declarations.shape().parameters().get("location");
        assertThat(location.description()).isEqualTo("Where it goes; it's the group's region");
        assertThat(location.defaultValue().asText()).isEqualTo("[resourceGroup().location]");
        assertThat(BicepExpressions.toArm("'wasi${substring(uniqueString(resourceGroup().id), 0, 5)}'").asText())
                .isEqualTo("[format('wasi{0}', substring(uniqueString(resourceGroup().id), 0, 5))]");
    }

    @Test
    void readsResourcesAndOutputsPastBracketsInStringsAndComments() {
        assertThat(declarations.resources()).extracting(BicepResource::typeAtApiVersion)
                .containsExactly("Microsoft.Storage/storageAccounts@2023-05-01",
                        "Microsoft.Storage/storageAccounts/fileServices@2023-05-01");
        assertThat(declarations.shape().resources()).containsExactly(
                "Microsoft.Storage/storageAccounts/fileServices@2023-05-01"
                        + " [format('{0}/{1}', parameters('account'), 'default')]",
                "Microsoft.Storage/storageAccounts@2023-05-01 [parameters('account')]");
        assertThat(declarations.outputs()).extracting(BicepOutput::name, BicepOutput::type)
                .containsExactly(tuple("ENDPOINT", "string"));
    }

    @Test
    void refusesDeclarationsItDoesNotKnow() {
        assertThatThrownBy(() -> BicepDeclarationReader.read("module storage 'storage.bicep' = {\n}\n"))
                .hasMessageContaining("line 1")
                .hasMessageContaining("module storage");
    }
}
