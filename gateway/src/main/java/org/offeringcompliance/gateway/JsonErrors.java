package org.offeringcompliance.gateway;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** The gateway's own answers use the API's error shape: {"detail": "..."}; RequestIds adds the X-Request-Id. */
final class JsonErrors {

    private JsonErrors() {}

    static String body(String detail) {
        return new JsonObject().put("detail", detail).encode();
    }

    static void send(RoutingContext ctx, int status, String detail) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        if (!ctx.request().isEnded()) {
            // A body left unread would be taken for the next request on this connection: the client must open another.
            response.putHeader("Connection", "close");
        }
        response.setStatusCode(status).putHeader("Content-Type", "application/json").end(body(detail));
    }
}
