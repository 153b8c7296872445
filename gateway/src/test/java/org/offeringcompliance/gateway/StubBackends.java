package org.offeringcompliance.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Stand-ins for the three services: "marketplace" answers at once and echoes what it received, "checklist" has a path
 * that answers only after {@link #SLOW_MILLIS} and one that drops the connection, "reporting" is down: a closed port, or
 * with init arg reporting=blackhole a port whose accept queue is full, so that connecting hangs.
 */
public class StubBackends implements QuarkusTestResourceLifecycleManager {

    static final long SLOW_MILLIS = 3000;

    private final Vertx vertx = Vertx.vertx();
    private final List<HttpServer> servers = new ArrayList<>();
    private final List<Socket> fillers = new ArrayList<>();
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> staleCloses = new ConcurrentHashMap<>();
    private final Set<HttpConnection> servedConnections = ConcurrentHashMap.newKeySet();
    private ServerSocket blackhole;
    private String reporting = "closed";

    @Override
    public void init(Map<String, String> initArgs) {
        reporting = initArgs.getOrDefault("reporting", reporting);
    }

    @Override
    public Map<String, String> start() {
        try {
            String reportingUrl = "blackhole".equals(reporting) ? blackhole() : "http://127.0.0.1:" + closedPort();
            return Map.of("gateway.backends.marketplace", serve(marketplace()), "gateway.backends.checklist",
                    serve(checklist()), "gateway.backends.reporting", reportingUrl);
        } catch (Exception e) {
            throw new IllegalStateException("stub backends did not start", e);
        }
    }

    private Router marketplace() {
        Router router = Router.router(vertx);
        router.get("/q/openapi").handler(ctx -> json(ctx, openapi("marketplace", "/api/customers", "/internal/secret")
                .put("components", new JsonObject().put("schemas", new JsonObject()
                        .put("Customer", new JsonObject().put("type", "object").put("description", "marketplace")))
                        .put("securitySchemes", new JsonObject().put("SecurityScheme",
                                new JsonObject().put("type", "openIdConnect"))))));
        router.get("/__received").handler(ctx -> json(ctx, new JsonObject().put("count",
                received.getOrDefault(ctx.request().getParam("path"), new AtomicInteger()).get())));
        router.route("/api/*").handler(this::echo);
        return router;
    }

    private Router checklist() {
        Router router = Router.router(vertx);
        router.get("/q/openapi").handler(ctx -> json(ctx, openapi("checklist", "/api/checklists-admin",
                "/api/marketplace-offering-users/{uuid}/checklist", "/api/customers")
                .put("components", new JsonObject().put("schemas", new JsonObject()
                        .put("Checklist", new JsonObject().put("type", "object"))
                        .put("Customer", new JsonObject().put("type", "object").put("description", "checklist"))))));
        router.get("/api/checklists-admin/slow").handler(ctx -> vertx.setTimer(SLOW_MILLIS, id -> {
            if (!ctx.response().closed()) { // the gateway has usually given up by now
                ctx.response().end();
            }
        }));
        router.get("/api/checklists-admin/broken").handler(ctx -> ctx.request().connection().close());
        router.get("/api/checklists-admin/stale").handler(this::closeOnceWhenReused);
        router.get("/__stale").handler(ctx -> json(ctx, new JsonObject().put("closed",
                staleCloses.getOrDefault(ctx.request().getParam("key"), new AtomicInteger()).get())));
        router.route("/api/*").handler(this::echo);
        return router;
    }

    /**
     * Plays a backend whose keep-alive timeout fires as a request arrives: the first time a key comes on a connection
     * that has served a request before, the connection is closed without an answer; otherwise the answer is 200.
     */
    private void closeOnceWhenReused(RoutingContext ctx) {
        var connection = ctx.request().connection();
        boolean reused = !servedConnections.add(connection);
        String key = ctx.request().getParam("key");
        if (reused && staleCloses.computeIfAbsent(key, k -> new AtomicInteger()).compareAndSet(0, 1)) {
            connection.close();
        } else {
            json(ctx, new JsonObject().put("key", key));
        }
    }

    /** Answers 200 with what arrived: path, request ids, whether a token came along, body size. */
    private void echo(RoutingContext ctx) {
        ctx.request().body().onSuccess(body -> {
            received.computeIfAbsent(ctx.request().path(), p -> new AtomicInteger()).incrementAndGet();
            List<String> ids = ctx.request().headers().getAll(RequestIds.HEADER);
            ctx.response().putHeader(RequestIds.HEADER, ids.isEmpty() ? "none" : ids.get(0))
                    .putHeader("Access-Control-Allow-Origin", "*");
            json(ctx, new JsonObject().put("path", ctx.request().path()).put("requestIds", new JsonArray(ids))
                    .put("authorization", ctx.request().getHeader("Authorization") != null)
                    .put("bodyBytes", body.length())
                    .put("forwarded", ctx.request().getHeader("Forwarded"))
                    .put("forwardedHost", ctx.request().getHeader("X-Forwarded-Host"))
                    .put("forwardedProto", ctx.request().getHeader("X-Forwarded-Proto"))
                    .put("forwardedFor", ctx.request().getHeader("X-Forwarded-For")));
        });
    }

    private static JsonObject openapi(String service, String... paths) {
        JsonObject pathItems = new JsonObject();
        for (String path : paths) {
            pathItems.put(path, new JsonObject().put("get", new JsonObject().put("summary", service + " " + path)));
        }
        return new JsonObject().put("openapi", "3.1.0").put("info", new JsonObject().put("title", service))
                .put("paths", pathItems);
    }

    private static void json(RoutingContext ctx, JsonObject body) {
        ctx.response().putHeader("Content-Type", "application/json").end(body.encode());
    }

    private String serve(Router router) throws Exception {
        HttpServer server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        servers.add(server);
        return "http://127.0.0.1:" + server.actualPort();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A listening socket that never accepts, its queue filled: the kernel drops further SYNs and connects hang. */
    private String blackhole() throws IOException {
        blackhole = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        for (int i = 0; i < 2; i++) {
            Socket filler = new Socket();
            filler.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), blackhole.getLocalPort()), 1000);
            fillers.add(filler);
        }
        return "http://127.0.0.1:" + blackhole.getLocalPort();
    }

    @Override
    public void stop() {
        for (Socket filler : fillers) {
            closeQuietly(filler);
        }
        if (blackhole != null) {
            closeQuietly(blackhole);
        }
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // nothing left to do in a test
        }
    }
}
