package dev.infractl.params;

import static dev.infractl.params.TestProject.parametersFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** allowedIpRanges take what Container Apps' ipSecurityRestrictions take: IPv4/IPv6 addresses and CIDR ranges. */
class IpRangesTest {

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.7", "203.0.113.0/24", "0.0.0.0/0", "10.0.0.1/32", "2001:db8::/32", "::/0", "::1",
        "fe80::1", "2001:0db8:0000:0000:0000:ff00:0042:8329", "2001:db8::ff00:42:8329/128", "::ffff:192.0.2.1", "1::"})
    void addressesAndRangesAreAccepted(String range) {
        assertThat(IpRanges.violation(range)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "999.1.1.1/24|999 is above 255",
        "10.0.0.0/33|the prefix length after '/' must be 0 to 32",
        "10.0.0/8|an IPv4 address has 4 numbers separated by dots",
        "10.0.0.01|'01' has a leading zero",
        "example.com|an IPv4 address has 4 numbers separated by dots",
        "10.0.0.0/|the prefix length after '/' must be 0 to 32",
        "10.0.0.0/8/8|the prefix length after '/' must be 0 to 32",
        "2001:db8::/129|the prefix length after '/' must be 0 to 128",
        "2001:db8::1::2|'::' may appear only once in an IPv6 address",
        "2001:db8:g::1|'g' is not a group of 1-4 hex digits",
        "1:2:3:4:5:6:7|an IPv6 address has 8 groups of hex digits (or fewer with '::')",
        "1::2:|an IPv6 address does not start or end with a single ':'",
        "\"10.0.0.0 /8\"|it contains a space",
        "\"\"|it is empty"})
    void everythingElseSaysWhatIsWrong(String range, String why) {
        assertThat(IpRanges.violation(range)).contains(why);
    }

    @Test
    void aBadEntryInAFileIsBadInputWithItsJsonPathAndText(@TempDir Path root) {
        TestProject project = new TestProject(root);
        project.write("infra/provision/inference.parameters.json",
                parametersFile("\"allowedIpRanges\": {\"value\": [\"203.0.113.0/24\", \"203.0.113.300\"]}"));

        InfractlException error = catchThrowableOfType(project::resolve, InfractlException.class);

        assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        Problem problem = error.problems().get(0);
        assertThat(error.problems()).hasSize(1);
        assertThat(problem.message()).isEqualTo(
                "parameter allowedIpRanges[1]: '203.0.113.300' is not an IP address or CIDR range (300 is above 255)");
        assertThat(problem.location().describe())
                .isEqualTo("infra/provision/inference.parameters.json:5:25 ($.parameters.allowedIpRanges.value[1])");
        assertThat(problem.hint()).contains("203.0.113.0/24");
    }

    @Test
    void aNonStringEntryOnTheCommandLineIsBadInput(@TempDir Path root) {
        InfractlException error = catchThrowableOfType(() -> new TestProject(root).resolve("allowedIpRanges=[\"::/0\", 10]"),
                InfractlException.class);

        assertThat(error.problems()).extracting(Problem::message)
                .containsExactly("--param allowedIpRanges[1]: 10 is not an IP address or CIDR range (it is an integer, not a string)");
    }
}
