package dev.infractl.params;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Azure's naming rules, by the parameter that names each resource. */
class NamingRulesTest {

    @ParameterizedTest(name = "{0} = {1} is valid")
    @CsvSource({
        "storageAccountName, st4kq2xzjv5w3ia",
        "storageAccountName, abc",
        "fileShareName, share-1",
        "acaEnvironmentName, env-4kq2xzjv5w3ia",
        "acaEnvironmentStorageName, storage-4kq2",
        "acaAppName, app-4kq2xzjv5w3ia",
        "acaLogAnalyticsName, Log-Workspace-1",
    })
    void validNamesPass(String parameter, String name) {
        assertThat(NamingRules.forParameter(parameter).orElseThrow().violation(name)).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1}: {2}")
    @CsvSource({
        "storageAccountName, ab, it has 2 characters",
        "storageAccountName, abcdefghijklmnopqrstuvwxy, it has 25 characters",
        "storageAccountName, st-name, '''-'' is not allowed'",
        "fileShareName, -share, it starts with '-'",
        "fileShareName, Share, uppercase 'S' is not allowed",
        "acaEnvironmentName, env--x, it has '--'",
        "acaEnvironmentStorageName, 1storage, it starts with '1'",
        "acaAppName, a, it has 1 characters",
        "acaAppName, app-name-that-is-much-too-long-abc, it has 34 characters",
        "acaLogAnalyticsName, log_x, '''_'' is not allowed'",
    })
    void invalidNamesSayWhy(String parameter, String name, String why) {
        assertThat(NamingRules.forParameter(parameter).orElseThrow().violation(name)).contains(why);
    }

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @CsvSource({
        "storageAccountName, Bad_Name, badname",
        "fileShareName, My--Share-, my-share",
        "acaAppName, 9App, app",
    })
    void suggestionsFollowTheRule(String parameter, String name, String suggestion) {
        assertThat(NamingRules.forParameter(parameter).orElseThrow().suggestion(name)).contains(suggestion);
    }
}
