package dev.infractl.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A request over Resource Manager's 4 MB limit stops before it is sent, naming what makes it large. */
class RequestSizeTest {

    final TestProject project;

    RequestSizeTest(@TempDir Path root) {
        project = new TestProject(root);
    }

    @Test
    void parametersOverFourMegabytesAreBadInputNamingTheLargest() {
        Path commands = project.write("commands.json", "[\"" + "x".repeat(5 * 1024 * 1024) + "\"]");
        Path settings = project.write("settings.json", "{\"k\": \"" + "y".repeat(1024) + "\"}");

        InfractlException error = catchThrowableOfType(() -> project.resolve("defaultCommands=@" + commands,
                "appSettings=@" + settings, "maximumInstanceCount=3"), InfractlException.class);

        assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).startsWith("the deployment request would be 5.0 MB, over Resource Manager's 4 MB limit")
                    .contains("largest parameters: defaultCommands (5.0 MB, from --param @" + commands + "), appSettings (0.0 MB");
            assertThat(problem.hint()).contains("keep large data out of parameters");
        });
    }

    @Test
    void aSecureValueIsMeasuredButNeverShown() {
        String secret = "s3cr3t-" + "z".repeat(4 * 1024 * 1024);

        InfractlException error = catchThrowableOfType(() -> project.resolve("registryPassword=" + secret),
                InfractlException.class);

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("registryPassword (4.0 MB, from --param)");
            assertThat(problem.message() + problem.hint()).doesNotContain("s3cr3t");
        });
    }

    @Test
    void parametersJustUnderTheLimitPass() {
        Path commands = project.write("commands.json", "[\"" + "x".repeat(3 * 1024 * 1024) + "\"]");

        assertThat(project.resolved("defaultCommands", "defaultCommands=@" + commands).value().get(0).asText()).hasSize(3 * 1024 * 1024);
    }
}
