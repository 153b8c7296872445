package org.offeringcompliance.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** Every answer the gateway gives itself is JSON {"detail": ...}: failures, bad tokens, unknown routes; no stack traces. */
@ApplicationScoped
public class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class);

    void register(@Observes Router router) {
        // before Quarkus' own failure handlers, which answer 401 without a body and 500 with a stack trace in dev
        router.route().order(-100).failureHandler(this::failure);
        router.route().last().handler(ctx -> JsonErrors.send(ctx, 404, "Not found."));
    }

    void failure(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof AuthenticationException || failure instanceof UnauthorizedException) {
            // a bad, expired or foreign token fails authentication before the proxy route
            unauthorized(ctx);
        } else if (failure instanceof ForbiddenException) {
            JsonErrors.send(ctx, 403, "You do not have permission to perform this action.");
        } else if (ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            JsonErrors.send(ctx, ctx.statusCode(), "The request could not be handled.");
        } else {
            LOG.errorf(failure, "unexpected failure for %s %s (request %s)", ctx.request().method(), ctx.request().path(),
                    RequestIds.of(ctx));
            JsonErrors.send(ctx, 500, "Internal server error.");
        }
    }

    static void unauthorized(RoutingContext ctx) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        JsonErrors.send(ctx, 401, "Authentication credentials were not provided or are invalid.");
    }
}
