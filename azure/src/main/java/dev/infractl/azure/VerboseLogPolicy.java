package dev.infractl.azure;

import com.azure.core.http.HttpHeader;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reactor.core.publisher.Mono;

/**
 * {@code --verbose}: one line per request and per response, curl style, on stderr. Credentials, keys and
 * signatures are replaced by REDACTED; bodies are never logged since they can carry account keys.
 * Placed after the retry policy, so every attempt shows.
 */
final class VerboseLogPolicy implements HttpPipelinePolicy {

    static final String REDACTED = "REDACTED";
    private static final Set<String> SAFE_QUERY = Set.of("api-version", "$filter", "$top", "$expand", "restype", "comp");
    private static final List<String> SECRET_HEADER_WORDS = List.of("authorization", "key", "secret", "token", "signature",
            "cookie", "credential");
    private static final Pattern QUERY_PARAM = Pattern.compile("([?&])([^=&]+)=([^&]*)");

    private final PrintStream log;

    VerboseLogPolicy(PrintStream log) {
        this.log = log;
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        long start = logRequest(context.getHttpRequest());
        return next.process().doOnNext(response -> logResponse(response, start))
                .doOnError(error -> logFailure(error, start));
    }

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
        long start = logRequest(context.getHttpRequest());
        try {
            HttpResponse response = next.processSync();
            logResponse(response, start);
            return response;
        } catch (RuntimeException e) {
            logFailure(e, start);
            throw e;
        }
    }

    private long logRequest(HttpRequest request) {
        log.println("> " + request.getHttpMethod() + " " + redactUrl(request.getUrl().toString()));
        logHeaders("> ", request.getHeaders());
        return System.nanoTime();
    }

    private void logResponse(HttpResponse response, long start) {
        log.println("< " + response.getStatusCode() + " " + response.getRequest().getHttpMethod() + " "
                + redactUrl(response.getRequest().getUrl().toString()) + " (" + millisSince(start) + " ms)");
        logHeaders("< ", response.getHeaders());
    }

    private void logFailure(Throwable error, long start) {
        log.println("< failed after " + millisSince(start) + " ms: " + error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : ": " + error.getMessage()));
    }

    private void logHeaders(String prefix, HttpHeaders headers) {
        for (HttpHeader header : headers) {
            log.println(prefix + header.getName().toLowerCase(Locale.ROOT) + ": " + redactHeader(header));
        }
    }

    static String redactHeader(HttpHeader header) {
        String name = header.getName().toLowerCase(Locale.ROOT);
        return SECRET_HEADER_WORDS.stream().anyMatch(name::contains) ? REDACTED : header.getValue();
    }

    /** Keeps only query parameters known to be harmless; SAS signatures and codes become REDACTED. */
    static String redactUrl(String url) {
        Matcher matcher = QUERY_PARAM.matcher(url);
        StringBuilder redacted = new StringBuilder();
        while (matcher.find()) {
            String value = SAFE_QUERY.contains(matcher.group(2).toLowerCase(Locale.ROOT)) ? matcher.group(3) : REDACTED;
            matcher.appendReplacement(redacted, Matcher.quoteReplacement(matcher.group(1) + matcher.group(2) + "=" + value));
        }
        matcher.appendTail(redacted);
        return redacted.toString();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
