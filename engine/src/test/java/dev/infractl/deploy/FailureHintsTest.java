package dev.infractl.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FailureHintsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "SubscriptionNCA100Gpus, request it",
        "SubscriptionConsumptionT4Gpus, request it",
        "MaxRegionalQuotaExceeded, request it",
        "WorkloadProfileInvalidType, list-supported",
        "LocationNotAvailableForResourceType, list-supported",
        "StorageAccountAlreadyTaken, --param storageAccountName",
        "AccountNameInvalid, --param storageAccountName",
        "AuthorizationFailed, Contributor",
        "InvalidTemplate, infractl plan",
        "InvalidTemplateDeployment, infractl plan",
        "ResourceGroupNotFound, --location",
        "DeploymentActive, status --attach",
        "MaxNumberOfGlobalEnvironmentsInSubExceeded, environment limit",
        "MissingSubscriptionRegistration, az provider register",
    })
    void eachKnownCodeGetsItsHint(String code, String hintMentions) {
        assertThat(FailureHints.forError(ArmError.of(code, "whatever the message says"))).singleElement().asString()
                .contains(hintMentions);
    }

    @Test
    void aCodeDeepInTheTreeIsFoundAndMatchedIgnoringCase() {
        ArmError tree = new ArmError("DeploymentFailed", "failed", null, List.of(new ArmError("ResourceDeploymentFailure",
                "failed", null, List.of(ArmError.of("subscriptionnca100gpus", "no quota")))));

        assertThat(FailureHints.forError(tree)).containsExactly(FailureHints.GPU_QUOTA);
    }

    @Test
    void theMessageTextNeverSelectsAHint() {
        assertThat(FailureHints.forError(ArmError.of("Conflict", "StorageAccountAlreadyTaken quota AuthorizationFailed"))).isEmpty();
    }

    @Test
    void twoCodesOfTheSameKindGiveOneHint() {
        ArmError tree = new ArmError("QuotaExceeded", "", null, List.of(ArmError.of("SubscriptionNCA100Gpus", "")));

        assertThat(FailureHints.forError(tree)).containsExactly(FailureHints.GPU_QUOTA);
    }

    @Test
    void withoutT4QuotaTheHintSuggestsTheA100ProfilesNotT4Again() {
        List<String> hints = FailureHints.forError(ArmError.of("SubscriptionConsumptionT4Gpus", "no T4 quota"));

        assertThat(hints).singleElement().asString().contains("gpuProfile=Consumption-GPU-NC24-A100")
                .doesNotContain("gpuProfile=Consumption-GPU-NC8as-T4");
    }
}
