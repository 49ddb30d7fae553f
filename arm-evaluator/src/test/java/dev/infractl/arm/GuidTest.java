package dev.infractl.arm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GuidTest {

    /*
     * Vectors from cloud-maker-ai/terraform-provider-arm2tf, internal/provider/resource_guid_test.go, which
     * implements ARM's guid() for migrations. Its library joins several inputs without a separator, so its
     * ["test","test2","test3"] vector is ARM's guid('testtest2test3'). That ARM joins the parts with '-' and
     * hashes them in namespace 11fb06fb-712d-4ddd-98c7-e71bbd588830 is from a port of Azure's
     * ExpressionBuiltInFunctions (JoinStringParametersWithDash, then GuidUtility.Create(ARMNamespaceGuid, name, 5)).
     */
    @ParameterizedTest(name = "guid({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "test           | d6a5baf1-8b9b-542a-8525-2982f1f98a0c",
        "testtest2test3 | ba91b5ff-f126-51c5-a93f-d37f8292ee79",
    })
    void matchesWhatAzureReturns(String name, String expected) {
        assertThat(Guid.of(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a,b,c | a-b-c", "x | x"})
    void joinsThePartsWithDashes(String parts, String joined) {
        assertThat(Guid.of(parts.split(","))).isEqualTo(Guid.of(joined));
    }
}
