package dev.infractl.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;

/**
 * The Resource Manager listener's one handler: injected faults first, then the bearer check, then the first
 * route whose method and path match. Every failure answers in ARM's error shape.
 */
final class ArmHandler implements HttpHandler {

    private final List<Route> routes;
    private final Faults faults;
    private final TokenIssuer tokens;
    private final String staticToken;
    private final Clock clock;
    private final Consumer<String> log;

    ArmHandler(List<Route> routes, Faults faults, TokenIssuer tokens, String staticToken, Clock clock,
               Consumer<String> log) {
        this.routes = List.copyOf(routes);
        this.faults = faults;
        this.tokens = tokens;
        this.staticToken = staticToken;
        this.clock = clock;
        this.log = log == null ? line -> { } : log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        int[] status = {0};
        try (exchange; InputStream in = exchange.getRequestBody()) {
            Request request = Request.of(exchange.getRequestMethod(), exchange.getRequestURI(),
                    exchange.getRequestHeaders(), in.readAllBytes());
            Optional<RequestFault> fault = faults.forRequest(request);
            if (fault.isPresent()) {
                RequestFault rule = fault.get();
                if (rule.kind() == RequestFault.Kind.RESET) {
                    status[0] = -1;
                    return; // closing the exchange before any response drops the connection
                }
                if (rule.kind() == RequestFault.Kind.DELAY) {
                    sleep(rule.delayMillis());
                } else {
                    status[0] = send(exchange, request, injected(rule));
                    return;
                }
            }
            status[0] = send(exchange, request, answer(request));
        } finally {
            log.accept(RequestLogLine.of(exchange.getRequestMethod(), exchange.getRequestURI(), status[0],
                    (System.nanoTime() - started) / 1_000_000));
        }
    }

    private Response answer(Request request) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Matcher path = route.path().matcher(request.path());
            if (!path.matches()) {
                continue;
            }
            pathKnown = true;
            if (!route.method().equals(request.method())) {
                continue;
            }
            try {
                if (route.needsToken()) {
                    checkToken(request);
                    if (request.queryParameter("api-version").isEmpty()) {
                        throw ArmFailure.badRequest("MissingApiVersionParameter",
                                "The api-version query parameter (?api-version=) is required for all requests.");
                    }
                }
                return route.handler().handle(request, path);
            } catch (ArmFailure failure) {
                Response error = Response.error(failure.status(), failure.error());
                // Like ARM: a 401 names the authority to get a token from, which clients use to pick the tenant.
                return failure.status() != 401 ? error : error.header("WWW-Authenticate", "Bearer authorization_uri=\""
                        + request.baseUrl() + "/" + tokens.tenantId() + "\", error=\"invalid_token\"");
            } catch (RuntimeException unexpected) {
                return Response.error(500, ArmError.of("InternalServerError",
                        "The emulator failed on " + request.method() + " " + request.path() + ": " + unexpected));
            }
        }
        if (pathKnown) {
            return Response.error(405, ArmError.of("MethodNotAllowed",
                    "The method '" + request.method() + "' is not allowed on '" + request.path() + "'."));
        }
        return Response.error(404, ArmError.of("NotFound",
                "No route for " + request.method() + " '" + request.path() + "'. The emulator answers the parts of"
                        + " Resource Manager infractl uses (see docs/emulator.md)."));
    }

    private void checkToken(Request request) {
        String header = Optional.ofNullable(request.headers().getFirst("Authorization")).orElse("");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ArmFailure(401, ArmError.of("AuthenticationFailed",
                    "Authentication failed. The 'Authorization' header is missing."));
        }
        String token = header.substring(7).trim();
        if (!token.equals(staticToken) && !tokens.accepts(token, clock.instant())) {
            throw new ArmFailure(401, ArmError.of("InvalidAuthenticationToken",
                    "The access token is invalid or expired; get a new one from the emulator's token endpoint."));
        }
    }

    private static Response injected(RequestFault rule) {
        ArmError error = rule.error() != null ? rule.error() : switch (rule.status()) {
            case 403 -> ArmError.of("AuthorizationFailed", "The client does not have authorization to perform this"
                    + " action or the scope is invalid (injected fault).");
            case 429 -> ArmError.of("TooManyRequests", "The request is being throttled (injected fault).");
            case 503 -> ArmError.of("ServiceUnavailable", "The service is unavailable (injected fault).");
            default -> ArmError.of("InternalServerError", "Encountered internal server error (injected fault).");
        };
        Response response = Response.error(rule.status(), error);
        return rule.retryAfterSeconds() >= 0 ? response.header("Retry-After", Integer.toString(rule.retryAfterSeconds()))
                : response;
    }

    private static int send(HttpExchange exchange, Request request, Response response) throws IOException {
        String requestId = UUID.randomUUID().toString();
        var headers = exchange.getResponseHeaders();
        response.headers().forEach(headers::set);
        headers.set("x-ms-request-id", requestId);
        headers.set("x-ms-correlation-request-id",
                Optional.ofNullable(request.headers().getFirst("x-ms-correlation-request-id")).orElse(requestId));
        boolean noBody = request.method().equals("HEAD") || response.status() == 204 || response.body().length == 0;
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        }
        return response.status();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
