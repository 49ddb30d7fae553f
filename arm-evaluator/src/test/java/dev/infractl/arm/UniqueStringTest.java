package dev.infractl.arm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UniqueStringTest {

    /*
     * Vectors published by others who checked them against Azure, never computed by this code:
     * - cloud-maker-ai/terraform-provider-arm2tf, internal/provider/resource_unique_string_test.go
     *   ("test" and "test","test2","test3");
     * - a public uniquestring.sh whose self-test says "verified against Bicep uniqueString() output"
     *   ("hello","world" / "abc" / a resource group id / "foo","bar","baz").
     */
    @ParameterizedTest(name = "uniqueString({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "test                                                                    | rbgf3xv4ufgzg",
        "test,test2,test3                                                        | bqgd334z2uj64",
        "hello,world                                                             | a7wkljktk6wne",
        "abc                                                                     | cgtzqvhu4i23s",
        "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/my-rg | bmg7c6xu4tw46",
        "foo,bar,baz                                                             | xzi4ioaxtmth4",
    })
    void matchesWhatAzureReturns(String parts, String expected) {
        assertThat(UniqueString.of(parts.split(","))).isEqualTo(expected);
    }
}
