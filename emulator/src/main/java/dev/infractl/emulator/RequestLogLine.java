package dev.infractl.emulator;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The line {@code emulator --verbose} logs per request: method, path, query, status and time. Headers and bodies are
 * never logged (they carry tokens, keys and secure parameters), and query values that can be credentials are redacted.
 */
final class RequestLogLine {

    private static final Set<String> SECRET_QUERY = Set.of("sig", "code", "token", "client_secret", "key",
            "access_token", "refresh_token", "assertion", "password");

    private RequestLogLine() {
    }

    static String of(String method, URI uri, int status, long millis) {
        String query = uri.getRawQuery();
        StringBuilder line = new StringBuilder("emulator: ").append(method).append(' ').append(uri.getRawPath());
        if (query != null && !query.isEmpty()) {
            line.append('?');
            String[] pairs = query.split("&");
            for (int i = 0; i < pairs.length; i++) {
                int equals = pairs[i].indexOf('=');
                String name = equals < 0 ? pairs[i] : pairs[i].substring(0, equals);
                line.append(i == 0 ? "" : "&").append(equals >= 0 && SECRET_QUERY.contains(name.toLowerCase(Locale.ROOT))
                        ? name + "=REDACTED" : pairs[i]);
            }
        }
        String outcome = status < 0 ? "reset" : status == 0 ? "failed" : Integer.toString(status);
        return line.append(" -> ").append(outcome).append(" (").append(millis).append(" ms)").toString();
    }
}
