package dev.infractl.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infractl.InfractlException;
import dev.infractl.Problem;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InferenceConfigTest {

    @TempDir
    Path root;

    @Test
    void aHandFilledFileWithEveryKeyReads() throws IOException {
        write("""
                {"SUBSCRIPTION_ID": "00000000-1111-2222-3333-444444444444", "RESOURCE_GROUP_NAME": "rg-phi3",
                 "STORAGE_ACCOUNT_NAME": "stphi3", "FILE_SHARE_NAME": "share-phi3", "ACA_APP_NAME": "phi3-app",
                 "ACA_APP_ENDPOINT": "https://phi3-app.example.swedencentral.azurecontainerapps.io", "NOTES": "mine"}
                """);

        InferenceConfig config = InferenceConfig.read(new ProjectLayout(root), InferenceConfig.all());

        assertThat(config.storageAccount()).isEqualTo("stphi3");
        assertThat(config.appEndpoint()).isEqualTo(URI.create("https://phi3-app.example.swedencentral.azurecontainerapps.io"));
    }

    @Test
    void everyMissingOrInvalidKeyIsReportedAtOnceWithItsJsonPath() throws IOException {
        write("{\"FILE_SHARE_NAME\": \"-bad-\", \"ACA_APP_ENDPOINT\": \"http://insecure.example\"}");

        assertThatThrownBy(() -> InferenceConfig.read(new ProjectLayout(root), InferenceConfig.all()))
                .isInstanceOfSatisfying(InfractlException.class, error -> {
                    assertThat(error.problems()).hasSize(6);
                    assertThat(error.problems()).extracting(Problem::message).contains("SUBSCRIPTION_ID is missing",
                            "ACA_APP_NAME is missing");
                    assertThat(error.problems()).extracting(problem -> problem.location().jsonPath())
                            .contains("$.FILE_SHARE_NAME", "$.ACA_APP_ENDPOINT");
                });
    }

    @Test
    void aProjectWithoutTheFileGetsOneProblemSayingHowToCreateIt() {
        assertThatThrownBy(() -> InferenceConfig.read(new ProjectLayout(root), InferenceConfig.all()))
                .isInstanceOfSatisfying(InfractlException.class, error -> {
                    assertThat(error.problems()).hasSize(1);
                    assertThat(error.problems().get(0).message()).startsWith("there is no infra/inference.config.json");
                    assertThat(error.problems().get(0).hint()).contains("infractl provision").contains("ACA_APP_ENDPOINT");
                });
    }

    @Test
    void keysThatAreNotRequiredMayBeAbsent() throws IOException {
        write("{\"ACA_APP_ENDPOINT\": \"https://only.example\"}");
        InferenceConfig config = InferenceConfig.read(new ProjectLayout(root), EnumSet.of(ConfigKey.ACA_APP_ENDPOINT));
        assertThat(config.appName()).isNull();
    }

    @Test
    void aBareHostNameAsTheTemplatesOutputItAndAnHttpsUrlReadAsTheSameHttpsEndpoint() throws IOException {
        for (String written : List.of("aiacaappk3j2x.example.swedencentral.azurecontainerapps.io",
                "https://aiacaappk3j2x.example.swedencentral.azurecontainerapps.io")) {
            write("{\"ACA_APP_ENDPOINT\": \"" + written + "\"}");
            InferenceConfig config = InferenceConfig.read(new ProjectLayout(root), EnumSet.of(ConfigKey.ACA_APP_ENDPOINT));
            assertThat(config.appEndpoint()).as(written)
                    .isEqualTo(URI.create("https://aiacaappk3j2x.example.swedencentral.azurecontainerapps.io"));
        }
        write("{\"ACA_APP_ENDPOINT\": \"127.0.0.1:54321\"}");
        assertThat(InferenceConfig.read(new ProjectLayout(root), EnumSet.of(ConfigKey.ACA_APP_ENDPOINT)).appEndpoint())
                .isEqualTo(URI.create("https://127.0.0.1:54321"));
    }

    @Test
    void theAiToolkitsNullTemplateNamesEachMissingKeyAndAnObjectWhereANameBelongsIsNotOne() throws IOException {
        write("""
                {"SUBSCRIPTION_ID": null, "RESOURCE_GROUP_NAME": null, "STORAGE_ACCOUNT_NAME": null,
                 "FILE_SHARE_NAME": null, "ACA_APP_NAME": {"name": "x"}, "ACA_APP_ENDPOINT": null, "MINE": [1]}
                """);

        assertThatThrownBy(() -> InferenceConfig.read(new ProjectLayout(root), InferenceConfig.all()))
                .isInstanceOfSatisfying(InfractlException.class, error -> assertThat(error.problems())
                        .extracting(Problem::message).containsExactly("SUBSCRIPTION_ID is missing", "RESOURCE_GROUP_NAME is missing",
                                "STORAGE_ACCOUNT_NAME is missing", "FILE_SHARE_NAME is missing",
                                "ACA_APP_NAME is not a container app name: lowercase letters, digits and hyphens, at most 32: "
                                        + "\"{\"name\":\"x\"}\"",
                                "ACA_APP_ENDPOINT is missing"));
    }

    @Test
    void aConfigThatIsADirectoryIsReportedAsADirectory() throws IOException {
        Files.createDirectories(root.resolve("infra/inference.config.json"));

        assertThatThrownBy(() -> InferenceConfig.read(new ProjectLayout(root), InferenceConfig.all()))
                .isInstanceOfSatisfying(InfractlException.class, error -> assertThat(error.problems().get(0).message())
                        .isEqualTo("infra/inference.config.json is a directory, not a file"));
    }

    private void write(String text) throws IOException {
        Files.createDirectories(root.resolve("infra"));
        Files.writeString(root.resolve("infra/inference.config.json"), text);
    }
}
