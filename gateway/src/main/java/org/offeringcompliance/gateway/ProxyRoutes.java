package org.offeringcompliance.gateway;

import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
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

/** Streams every /api request to the service that owns it, after checking the bearer token and the rate limit. */
@ApplicationScoped
public class ProxyRoutes {

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    @Inject
    BodyLimit bodyLimit;

    @Inject
    VerifiedTokens verifiedTokens;

    private static final Set<HttpMethod> BODYLESS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.DELETE,
            HttpMethod.OPTIONS);

    private static final BiConsumer<RoutingContext, Throwable> REFUSED_TOKEN = (ctx, failure) -> Failures.unauthorized(ctx);

    private final Map<String, HttpProxy> proxies = new HashMap<>();
    /** Bodies read by BodyLimit (empty: the request has none), waiting for the proxy to pick them up. */
    private final Map<HttpServerRequest, Optional<Buffer>> bufferedBodies = new ConcurrentHashMap<>();
    private final StaleConnectionRetry staleConnections = new StaleConnectionRetry();
    private RateLimiter rateLimiter;
    private ForwardingHeaders forwardingHeaders;
    /** Unpooled: a request retried after a stale connection goes out on a connection opened for it alone. */
    private HttpClient freshConnections;

    void register(@Observes Router router) {
        forwardingHeaders = new ForwardingHeaders(config.publicUrl());
        freshConnections = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis()).setKeepAlive(false));
        config.backends().forEach((name, url) -> proxies.put(name, proxy(name, URI.create(url))));
        if (config.rateLimit().enabled()) {
            rateLimiter = new RateLimiter(config.rateLimit().requests(), config.rateLimit().window(), System::nanoTime);
        }
        router.route("/api/*").handler(this::handle);
    }

    private HttpProxy proxy(String name, URI backend) {
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(64)
                .setKeepAlive(true)
                .setKeepAliveTimeout((int) config.backendKeepAlive().toSeconds());
        SocketAddress origin = SocketAddress.inetSocketAddress(backend.getPort(), backend.getHost());
        return HttpProxy.reverseProxy(vertx.createHttpClient(options))
                .origin(context -> connect(context, origin))
                .addInterceptor(new BackendFailures(name))
                .addInterceptor(new BufferedBodies())
                .addInterceptor(new GatewayOwnedHeaders())
                .addInterceptor(staleConnections);
    }

    private Future<HttpClientRequest> connect(ProxyContext context, SocketAddress origin) {
        HttpServerRequest request = context.request().proxiedRequest();
        RequestOptions options = new RequestOptions().setServer(origin).setMethod(request.method())
                .setURI(request.uri())
                // waiting for a pooled connection is bounded too; it counts as connecting
                .setConnectTimeout(config.connectTimeout().toMillis() * 2)
                .setIdleTimeout(config.requestTimeout().toMillis());
        HttpClient client = StaleConnectionRetry.isRetry(context) ? freshConnections : context.client();
        return client.request(options).onSuccess(sent -> staleConnections.connected(context, sent))
                .recover(failure -> Future.failedFuture(unavailable(failure)));
    }

    /** Every failure before the request is sent means the backend could not be reached: 503, not 504. */
    private static ConnectException unavailable(Throwable failure) {
        if (failure instanceof ConnectException connect) {
            return connect;
        }
        ConnectException wrapped = new ConnectException(failure.getMessage());
        wrapped.initCause(failure);
        return wrapped;
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (!ctx.normalizedPath().equals(request.path())) {
            // Dot segments or encoded dots: the route and the public-path check must see the path the backend will.
            JsonErrors.send(ctx, 400, "Invalid path.");
            return;
        }
        Optional<String> backend = RouteTable.backendFor(request.path());
        if (backend.isEmpty()) {
            ctx.next(); // the OpenAPI document, Swagger UI, or the JSON 404
            return;
        }
        RouteMetrics.tagByTemplate(ctx);
        if (hasBody(request) && BODYLESS.contains(request.method())) {
            JsonErrors.send(ctx, 400, "A " + request.method() + " request takes no body.");
            return;
        }
        request.pause();
        forwardingHeaders.replace(request);
        Optional<String> token = VerifiedTokens.bearer(request.getHeader("Authorization"));
        Optional<VerifiedTokens.Verified> known = token.flatMap(verifiedTokens::lookUp);
        if (known.isPresent()) {
            proceed(ctx, backend.get(), known.get().subject());
            return;
        }
        // Not seen before (or no token): OIDC checks it now (authentication is not proactive), a refusal in JSON.
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, REFUSED_TOKEN);
        Uni<SecurityIdentity> identity = ctx.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        identity.subscribe().with(id -> proceed(ctx, backend.get(), subjectOf(id, token)), failure -> {
            if (!ctx.response().headWritten()) {
                Failures.unauthorized(ctx);
            }
        });
    }

    /** The subject of an identity OIDC has just made (null: anonymous); its token is kept for the next requests. */
    private String subjectOf(SecurityIdentity identity, Optional<String> token) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        return token.flatMap(t -> verifiedTokens.remember(t, identity)).map(VerifiedTokens.Verified::subject)
                .orElse(identity.getPrincipal().getName());
    }

    /** {@code subject} is the token's subject, or null for an anonymous caller. */
    private void proceed(RoutingContext ctx, String backend, String subject) {
        HttpServerRequest request = ctx.request();
        // Public paths are read-only: an anonymous body is refused before a byte of it is read.
        if (subject == null && (!isPublic(request.path()) || hasBody(request))) {
            Failures.unauthorized(ctx);
            return;
        }
        Duration wait = rateLimiter == null ? Duration.ZERO : rateLimiter.acquire(caller(ctx, subject));
        if (!wait.isZero()) {
            tooManyRequests(ctx, wait);
        } else if (hasBody(request)) {
            // Read whole (it is at most max-body-bytes): counted, and replayable if a stale connection needs a retry.
            bodyLimit.read(ctx, body -> forward(backend, request, Optional.of(body)));
        } else {
            forward(backend, request, Optional.empty());
        }
    }

    private void forward(String backend, HttpServerRequest request, Optional<Buffer> body) {
        bufferedBodies.put(request, body);
        try {
            proxies.get(backend).handle(request);
        } finally {
            bufferedBodies.remove(request);
        }
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        return length != null ? !length.trim().equals("0") : request.getHeader("Transfer-Encoding") != null;
    }

    private static void tooManyRequests(RoutingContext ctx, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        ctx.response().putHeader("Retry-After", Long.toString(seconds));
        JsonErrors.send(ctx, 429, "Request was throttled. Expected available in " + seconds + " seconds.");
    }

    /** The token's subject, or the client's address for anonymous callers. */
    private static String caller(RoutingContext ctx, String subject) {
        return subject != null ? "sub:" + subject : "ip:" + ctx.request().remoteAddress().hostAddress();
    }

    private boolean isPublic(String path) {
        return config.publicPaths().stream().anyMatch(path::startsWith);
    }

    /** Puts the body that BodyLimit has read (and counted), or none, in place of the client's stream. */
    private final class BufferedBodies implements ProxyInterceptor {

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            Optional<Buffer> body = bufferedBodies.remove(context.request().proxiedRequest());
            context.request().setBody(body == null || body.isEmpty() ? null : Body.body(body.get()));
            context.request().headers().remove("Transfer-Encoding");
            return context.sendRequest();
        }
    }

    /** CORS belongs to the gateway; a backend's CORS headers would be sent twice. */
    private static final class GatewayOwnedHeaders implements ProxyInterceptor {

        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            var headers = context.response().headers();
            headers.names().stream().filter(n -> n.regionMatches(true, 0, "Access-Control-", 0, 15)).toList()
                    .forEach(headers::remove);
            return context.sendResponse();
        }
    }
}
