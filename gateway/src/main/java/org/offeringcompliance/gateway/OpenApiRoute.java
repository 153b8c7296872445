package org.offeringcompliance.gateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** GET /api/openapi.json: the services' OpenAPI documents merged, cached briefly, never a 500 for a backend down. */
@ApplicationScoped
public class OpenApiRoute {

    static final String PATH = "/api/openapi.json";
    private static final Logger LOG = Logger.getLogger(OpenApiRoute.class);

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    private HttpClient client;
    private volatile Cached cached;

    private record Cached(JsonObject document, long expiresAt) {}

    void register(@Observes Router router) {
        client = vertx.createHttpClient(
                new HttpClientOptions().setConnectTimeout((int) config.openapi().fetchTimeout().toMillis()));
        router.get(PATH).handler(this::serve);
    }

    void serve(RoutingContext ctx) {
        Cached current = cached;
        Future<JsonObject> document = current != null && System.nanoTime() < current.expiresAt()
                ? Future.succeededFuture(current.document())
                : fetchAndMerge();
        document.onComplete(result -> {
            if (result.failed()) {
                JsonErrors.send(ctx, 503, "The API description is unavailable.");
                return;
            }
            JsonObject answer = result.result().copy().put("servers", new JsonArray().add(new JsonObject()
                    .put("url", ctx.request().scheme() + "://" + ctx.request().authority())
                    .put("description", "The gateway")));
            ctx.response().putHeader("Content-Type", "application/json").end(answer.encode());
        });
    }

    private Future<JsonObject> fetchAndMerge() {
        Map<String, Future<JsonObject>> fetches = new TreeMap<>();
        config.backends().forEach((name, url) -> fetches.put(name, fetch(name, url)));
        return Future.join(new ArrayList<>(fetches.values())).transform(ignored -> {
            Map<String, JsonObject> documents = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            fetches.forEach((name, fetch) -> {
                if (fetch.succeeded()) {
                    documents.put(name, fetch.result());
                } else {
                    missing.add(name);
                }
            });
            JsonObject merged = OpenApiMerge.merge(documents, missing);
            // an incomplete document is not kept, so a backend that comes back shows up on the next call
            cached = missing.isEmpty() ? new Cached(merged, System.nanoTime() + config.openapi().cacheTtl().toNanos()) : null;
            return Future.succeededFuture(merged);
        });
    }

    private Future<JsonObject> fetch(String name, String baseUrl) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET)
                .setAbsoluteURI(baseUrl + "/q/openapi?format=json")
                .setIdleTimeout(config.openapi().fetchTimeout().toMillis())
                .addHeader("Accept", "application/json");
        return client.request(options).compose(HttpClientRequest::send).compose(this::body)
                .map(Buffer::toJsonObject)
                .onFailure(failure -> LOG.warnf("OpenAPI document of %s left out: %s", name, failure.toString()));
    }

    private Future<Buffer> body(HttpClientResponse response) {
        return response.body().compose(body -> response.statusCode() == 200
                ? Future.succeededFuture(body)
                : Future.failedFuture("status " + response.statusCode()));
    }
}
