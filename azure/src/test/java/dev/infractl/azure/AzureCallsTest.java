package dev.infractl.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.identity.CredentialUnavailableException;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class AzureCallsTest {

    private final AzureCalls calls = new AzureCalls(URI.create("https://management.azure.com/"));

    @Test
    void noCredentialIsExitThreeWithHowToSignIn() {
        assertThatThrownBy(() -> calls.call("reading", () -> {
            throw new CredentialUnavailableException("DefaultAzureCredential failed to retrieve a token");
        })).isInstanceOfSatisfying(InfractlException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.AUTHENTICATION);
            assertThat(e.problems().get(0).hint()).contains("az login").contains("AZURE_CLIENT_ID").contains("OIDC");
        });
    }

    @Test
    void anUnreachableEndpointIsNamed() {
        assertThatThrownBy(() -> calls.call("reading", () -> {
            throw new UncheckedIOException(new ConnectException("Connection refused"));
        })).isInstanceOfSatisfying(InfractlException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.AZURE_FAILED);
            assertThat(e.getMessage()).contains("https://management.azure.com/").contains("Connection refused");
        });
    }
}
