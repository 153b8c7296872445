package org.offeringcompliance.gateway;

import java.net.ConnectException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/** Streams every /api request to the service that owns it, after checking the bearer token. */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);
    static final String REQUEST_ID = "X-Request-Id";

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    private final Map<String, HttpProxy> proxies = new HashMap<>();

    void register(@Observes Router router) {
        config.backends().forEach((name, url) -> proxies.put(name, proxy(URI.create(url))));
        router.route().order(-100).failureHandler(this::authenticationFailure);
        router.route("/api/*").handler(this::handle);
        router.route().last().handler(ctx -> JsonErrors.send(ctx, 404, "Not found."));
    }

    private HttpProxy proxy(URI backend) {
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(64)
                .setKeepAlive(true);
        SocketAddress origin = SocketAddress.inetSocketAddress(backend.getPort(), backend.getHost());
        return HttpProxy.reverseProxy(vertx.createHttpClient(options))
                .originRequestProvider((request, client) -> client.request(new RequestOptions()
                        .setServer(origin)
                        .setMethod(request.method())
                        .setURI(request.uri())
                        .setIdleTimeout(config.requestTimeout().toMillis())))
                .addInterceptor(new BackendFailures());
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        request.pause();
        addForwardingHeaders(request);
        String path = request.path();
        Optional<String> backend = RouteTable.backendFor(path);
        if (backend.isEmpty()) {
            JsonErrors.send(ctx, 404, "Not found.");
            return;
        }
        String length = request.getHeader("Content-Length");
        if (length != null && parseLong(length) > config.maxBodyBytes()) {
            JsonErrors.send(ctx, 413, "Request body too large.");
            return;
        }
        if (isPublic(path)) {
            proxies.get(backend.get()).handle(request);
            return;
        }
        Uni<SecurityIdentity> identity = ctx.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        identity.subscribe().with(id -> {
            if (id == null || id.isAnonymous()) {
                unauthorized(ctx);
            } else {
                proxies.get(backend.get()).handle(request);
            }
        }, failure -> unauthorized(ctx));
    }

    /** A bad, expired or foreign token fails authentication before our route: answer it in JSON too. */
    private void authenticationFailure(RoutingContext ctx) {
        if (ctx.failure() instanceof AuthenticationFailedException || ctx.failure() instanceof UnauthorizedException) {
            unauthorized(ctx);
        } else {
            ctx.next();
        }
    }

    private static void unauthorized(RoutingContext ctx) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        JsonErrors.send(ctx, 401, "Authentication credentials were not provided or are invalid.");
    }

    private boolean isPublic(String path) {
        return config.publicPaths().stream().anyMatch(path::startsWith);
    }

    private static void addForwardingHeaders(HttpServerRequest request) {
        var headers = request.headers();
        if (headers.get(REQUEST_ID) == null || headers.get(REQUEST_ID).isBlank()) {
            headers.set(REQUEST_ID, UUID.randomUUID().toString());
        }
        headers.set("X-Forwarded-Host", request.authority() == null ? "localhost" : request.authority().toString());
        headers.set("X-Forwarded-Proto", request.scheme());
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A backend that is down, slow or broken gets a JSON 503/504/502 instead of an empty 502. */
    static final class BackendFailures implements ProxyInterceptor {

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            return context.sendRequest().recover(failure -> {
                int status = status(failure);
                LOG.warnf("backend failure for %s: %s", context.request().getURI(), failure.toString());
                String detail = switch (status) {
                    case 503 -> "The service behind this route is unavailable.";
                    case 504 -> "The service behind this route did not answer in time.";
                    default -> "The service behind this route failed.";
                };
                ProxyResponse response = context.request().response().setStatusCode(status)
                        .setBody(Body.body(Buffer.buffer(JsonErrors.body(detail))));
                response.headers().clear();
                response.putHeader("Content-Type", "application/json");
                return Future.succeededFuture(response);
            });
        }

        static int status(Throwable failure) {
            if (failure instanceof ConnectException || failure.getCause() instanceof ConnectException) {
                return 503;
            }
            String name = failure.getClass().getSimpleName();
            if (failure instanceof TimeoutException || name.contains("Timeout")) {
                return 504;
            }
            return 502;
        }
    }
}
