package dev.infractl.deploy;

import static dev.infractl.deploy.ProvisioningState.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The group's existence asked beside discovery: asked once, and the run ends as a late question would end it. */
class EarlyGroupCheckTest {

    @TempDir
    Path project;

    private final InMemoryGateway azure = new InMemoryGateway();
    private final List<String> asked = new ArrayList<>();

    @Test
    void anExistingGroupAskedAboutEarlyIsAskedOnceAndTheDeploymentIsSubmittedIntoIt() {
        azure.then(SUCCEEDED);

        ProvisionEvent.Finished finished = provisioner(EarlyGroupCheck.start(counting(), "rg")).provision(request());

        assertThat(finished.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(asked).containsExactly("rg");
        assertThat(azure.groupsCreated).isEmpty();
        assertThat(azure.submitted).hasSize(1);
    }

    @Test
    void aMissingGroupFoundEarlyIsCreatedAndAskingAgainGoesToAzure() {
        azure.groupExists = false;
        azure.then(SUCCEEDED);
        EarlyGroupCheck groups = EarlyGroupCheck.start(counting(), "rg");

        provisioner(groups).provision(request());

        assertThat(azure.groupsCreated).containsExactly("rg@swedencentral");
        assertThat(groups.exists("rg")).as("asked again after the creation").isTrue();
        assertThat(asked).containsExactly("rg", "rg");
    }

    @Test
    void aGroupCheckThatFailedEarlyStopsTheRunWithItsErrorBeforeAnythingIsSubmitted() {
        ResourceGroups refusing = new ResourceGroups() {
            @Override
            public boolean exists(String name) {
                throw new InfractlException(ExitCode.AUTHENTICATION, "Azure rejected the credentials (checking "
                        + "resource group " + name + ")", "sign in");
            }

            @Override
            public void create(String name, String location) {
                throw new AssertionError("not asked to");
            }
        };

        assertThatThrownBy(() -> provisioner(EarlyGroupCheck.start(refusing, "rg")).provision(request()))
                .isInstanceOfSatisfying(InfractlException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.AUTHENTICATION));
        assertThat(azure.submitted).isEmpty();
    }

    private ResourceGroups counting() {
        return new ResourceGroups() {
            @Override
            public synchronized boolean exists(String name) {
                asked.add(name);
                return azure.exists(name);
            }

            @Override
            public void create(String name, String location) {
                azure.create(name, location);
            }
        };
    }

    private Provisioner provisioner(ResourceGroups groups) {
        return new Provisioner(azure, groups, event -> { }, question -> true,
                FakeTime.at("2026-11-25T14:30:05Z").polling());
    }

    private ProvisionRequest request() {
        DeploymentTarget target = new DeploymentTarget("sub", "rg", "swedencentral", "https://portal.azure.com");
        return new ProvisionRequest(target, JsonNodeFactory.instance.objectNode().put("$schema", "x"),
                JsonNodeFactory.instance.objectNode(), new ProjectTag("proj"),
                project.resolve("inference.config.json"), WaitOptions.untilDone());
    }
}
