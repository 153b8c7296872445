package org.offeringcompliance.gateway;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request an X-Request-Id: the client's when it is short and plain, else a new one. The backend receives it
 * and the client gets it back exactly once, on proxied answers and on the gateway's own errors alike.
 */
@ApplicationScoped
public class RequestIds {

    static final String HEADER = "X-Request-Id";
    /** Before CORS (-300) and authentication (-200), so that every answer carries the id. */
    static final int ORDER = -1000;
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:+/=-]{1,128}");
    private static final String KEY = "gateway.request-id";

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::assign);
    }

    void assign(RoutingContext ctx) {
        String id = accept(ctx.request().getHeader(HEADER));
        ctx.put(KEY, id);
        ctx.request().headers().set(HEADER, id);
        // set, not add: replaces the id a backend echoes, so the client sees it once
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, id));
        ctx.next();
    }

    /** The client's id when acceptable, otherwise a fresh UUID. */
    static String accept(String candidate) {
        return candidate != null && ACCEPTED.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }

    static String of(RoutingContext ctx) {
        String id = ctx.get(KEY);
        return id == null ? "-" : id;
    }
}
