package org.offeringcompliance.gateway;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Request bodies over gateway.max-body-bytes get a JSON 413 and never reach a backend: a declared Content-Length is
 * checked up front, and every body (chunked ones too) is read into memory, up to the limit, before it is forwarded.
 */
@ApplicationScoped
public class BodyLimit {

    /** Before Quarkus' own upload limit (-2), which would answer an empty 413. */
    static final int ORDER = -3;
    static final String DETAIL = "Request body too large.";
    /** How much more than the limit is read and thrown away after a 413 before the connection is cut. */
    private static final int DRAIN_FACTOR = 4;

    @Inject
    GatewayConfig config;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::checkDeclaredLength);
    }

    void checkDeclaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && parse(length) > config.maxBodyBytes()) {
            reject(ctx);
        } else {
            ctx.next();
        }
    }

    /** Reads the whole body (at most max-body-bytes) and hands it on, or answers 413. */
    void read(RoutingContext ctx, Consumer<Buffer> then) {
        HttpServerRequest request = ctx.request();
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            if (body.length() + chunk.length() > config.maxBodyBytes()) {
                reject(ctx);
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.endHandler(v -> then.accept(body));
        request.resume();
    }

    /**
     * Answers 413 and discards the rest of the body so that the client can read the answer, then closes the connection;
     * a client that keeps sending more than DRAIN_FACTOR times the limit is cut off.
     */
    private void reject(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        ctx.response().putHeader("Connection", "close");
        JsonErrors.send(ctx, 413, DETAIL);
        if (request.isEnded()) {
            request.connection().close();
            return;
        }
        long[] discarded = {0};
        request.handler(chunk -> {
            discarded[0] += chunk.length();
            if (discarded[0] > DRAIN_FACTOR * config.maxBodyBytes()) {
                request.connection().close();
            }
        });
        request.endHandler(v -> request.connection().close());
        request.resume();
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
