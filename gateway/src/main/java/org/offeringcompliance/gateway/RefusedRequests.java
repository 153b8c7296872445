package org.offeringcompliance.gateway;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Requests refused before anything else looks at them, each with a JSON body: a URI or headers past the limits (Vert.x
 * itself would answer an empty 414 or 431, so its own limits are set far higher), an Origin that CORS does not allow
 * or a method that CORS does not allow (Quarkus' CORS filter would answer an empty 403 to either).
 */
@ApplicationScoped
public class RefusedRequests {

    /** After RequestIds (-1000), before CORS (-300) and authentication (-200). */
    static final int ORDER = -400;
    static final int MAX_URI_LENGTH = 4096;
    static final int MAX_HEADER_BYTES = 16 * 1024;

    @ConfigProperty(name = "quarkus.http.cors.origins")
    List<String> allowedOrigins;

    @ConfigProperty(name = "quarkus.http.cors.methods")
    List<String> allowedMethods;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            JsonErrors.send(ctx, 414, "Request URI too long: at most " + MAX_URI_LENGTH + " characters.");
        } else if (headerBytes(request) > MAX_HEADER_BYTES) {
            JsonErrors.send(ctx, 431, "Request headers too large: at most " + MAX_HEADER_BYTES + " bytes.");
        } else if (!originAllowed(request)) {
            ctx.response().putHeader("Vary", "Origin");
            JsonErrors.send(ctx, 403, "Origin not allowed.");
        } else if (request.getHeader("Origin") != null && !allowedMethods.contains(request.method().name())) {
            JsonErrors.send(ctx, 403, "Method not allowed for cross-origin requests.");
        } else {
            ctx.next();
        }
    }

    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return bytes;
    }

    /** No Origin, the gateway's own origin, or one of quarkus.http.cors.origins: the rule Quarkus' CORS filter applies. */
    private boolean originAllowed(HttpServerRequest request) {
        String origin = request.getHeader("Origin");
        return origin == null || allowedOrigins.contains(origin)
                || request.authority() != null && origin.equals(request.scheme() + "://" + request.authority());
    }
}
