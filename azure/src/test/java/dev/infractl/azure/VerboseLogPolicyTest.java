package dev.infractl.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.http.HttpHeader;
import org.junit.jupiter.api.Test;

class VerboseLogPolicyTest {

    @Test
    void sasSignaturesAndUnknownQueryValuesAreRedactedButApiVersionStays() {
        String url = "https://st.file.core.windows.net/share/a.py?sv=2022-11-02&sig=abc%2Fdef&comp=range&api-version=2025-04-01";

        assertThat(VerboseLogPolicy.redactUrl(url)).isEqualTo(
                "https://st.file.core.windows.net/share/a.py?sv=REDACTED&sig=REDACTED&comp=range&api-version=2025-04-01");
    }

    @Test
    void authorizationAndKeyHeadersAreRedacted() {
        assertThat(VerboseLogPolicy.redactHeader(new HttpHeader("Authorization", "Bearer eyJ0"))).isEqualTo("REDACTED");
        assertThat(VerboseLogPolicy.redactHeader(new HttpHeader("x-ms-copy-source-authorization", "x"))).isEqualTo("REDACTED");
        assertThat(VerboseLogPolicy.redactHeader(new HttpHeader("Ocp-Apim-Subscription-Key", "k"))).isEqualTo("REDACTED");
        assertThat(VerboseLogPolicy.redactHeader(new HttpHeader("x-ms-request-id", "6a3f"))).isEqualTo("6a3f");
    }
}
