package dev.infractl.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.config.JsonFiles;
import dev.infractl.deploy.ArmError;
import dev.infractl.deploy.DeploymentGateway;
import dev.infractl.deploy.DeploymentRequest;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ARM saying no, through the real SDK: the error tree comes back by code; a rejected token is exit 3. */
class ArmRefusalsTest {

    private final WireMockServer arm = RecordedArm.start();
    private final AzureConnection connection = AzureConnection.open(ConnectionSettings.forCloud(Cloud.AZURE_CLOUD)
            .withArmEndpoint(URI.create(arm.baseUrl()), null).withAccessToken("token"));

    @AfterEach
    void stop() {
        arm.stop();
    }

    @Test
    void authorizationFailedInValidationIsReturnedAsTheErrorTreeAndNothingIsSubmitted() {
        arm.stubFor(post(urlPathMatching(RecordedArm.DEPLOYMENT + "/validate")).willReturn(RecordedArm.json(403, """
                {"error": {"code": "AuthorizationFailed", "message": "The client 'ci@example.com' with object id \
                '1f2e' does not have authorization to perform action 'Microsoft.Resources/deployments/validate/action' \
                over scope '/subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups/rg-phi3'."}}""")));
        DeploymentGateway gateway = connection.deployments(RecordedArm.SUBSCRIPTION, RecordedArm.GROUP);

        Optional<ArmError> refused = gateway.validate(request());

        assertThat(refused).get().extracting(ArmError::code).isEqualTo("AuthorizationFailed");
        assertThat(arm.findAll(putRequestedFor(urlPathMatching(RecordedArm.DEPLOYMENT)))).isEmpty();
    }

    @Test
    void aRejectedTokenIsExitThreeWithHowToSignIn() {
        arm.stubFor(any(urlPathMatching(RecordedArm.GROUP_PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("WWW-Authenticate", "Bearer authorization_uri=\"https://login.microsoftonline.com/common\"")));

        assertThatThrownBy(() -> connection.resourceGroups(RecordedArm.SUBSCRIPTION).exists(RecordedArm.GROUP))
                .isInstanceOfSatisfying(InfractlException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.AUTHENTICATION);
                    assertThat(e.problems().get(0).hint()).contains("az login");
                });
    }

    private static DeploymentRequest request() {
        return new DeploymentRequest("inference-20261125-140000", JsonFiles.MAPPER.createObjectNode(),
                JsonFiles.MAPPER.createObjectNode(), Map.of());
    }
}
