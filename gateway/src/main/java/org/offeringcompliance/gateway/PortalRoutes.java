package org.offeringcompliance.gateway;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.offeringcompliance.gateway.PortalFiles.PortalFile;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The web portal at /: its files, index.html for every client route (a path without a file extension outside /api and
 * /q), a year's caching for the hashed assets and none for index.html, and /portal-config.json, the runtime settings
 * the application reads at start (so a deployment changes the Keycloak URL without a rebuild). Everything else, a
 * missing asset included, falls through to the JSON 404.
 */
@ApplicationScoped
public class PortalRoutes {

    static final String CONFIG_PATH = "/portal-config.json";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    private static final Logger LOG = Logger.getLogger(PortalRoutes.class);
    /** Client routes: plain segments without dots, so /checklists/abc is a page and /assets/x.js or /x.map are files. */
    private static final Pattern CLIENT_ROUTE = Pattern.compile("(/[A-Za-z0-9_~-]+)*/?");

    @Inject
    GatewayConfig config;

    private PortalFiles files;
    private String contentSecurityPolicy;
    private Buffer portalConfig;

    void register(@Observes Router router) {
        files = PortalFiles.load(Thread.currentThread().getContextClassLoader());
        if (files.index().isEmpty()) {
            LOG.warn("the portal is not on the class path (portal/files.txt): / answers 404");
        }
        String keycloak = origin(config.portal().keycloakUrl());
        // The application's own files only, no inline script or style; it talks to the API (same origin) and to
        // Keycloak's token endpoint, and navigates to Keycloak to sign in and out. No frames either way.
        contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "font-src 'self'; connect-src 'self' " + keycloak + "; form-action 'self'; "
                + "frame-src 'none'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'";
        portalConfig = new JsonObject().put("keycloakUrl", config.portal().keycloakUrl().toString().replaceAll("/+$", ""))
                .put("realm", config.portal().realm()).put("clientId", config.portal().clientId()).put("apiBase", "")
                .toBuffer();
        router.get(CONFIG_PATH).handler(this::serveConfig);
        router.route().handler(this::serve);
    }

    void serveConfig(RoutingContext ctx) {
        RouteMetrics.tag(ctx, CONFIG_PATH);
        ctx.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", REVALIDATE)
                .putHeader("X-Content-Type-Options", "nosniff").end(portalConfig);
    }

    void serve(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        String path = ctx.request().path();
        if (!(method == HttpMethod.GET || method == HttpMethod.HEAD) || path == null || isApiOrManagement(path)) {
            ctx.next();
            return;
        }
        Optional<PortalFile> file = path.equals("/") ? files.index() : files.get(path.substring(1));
        if (file.isEmpty() && CLIENT_ROUTE.matcher(path).matches()) {
            file = files.index();
        }
        if (file.isEmpty() || file.get().path().equals("files.txt")) {
            ctx.next(); // a missing asset is a 404, never index.html
            return;
        }
        send(ctx, file.get());
    }

    /** /api and /q in any spelling (upper case, repeated slashes) belong to the API and its JSON 404, never the portal. */
    static boolean isApiOrManagement(String path) {
        String first = path.replaceFirst("^/+", "").split("[/;%]", 2)[0].toLowerCase(Locale.ROOT);
        return first.equals("api") || first.equals("q") || path.startsWith("//");
    }

    private void send(RoutingContext ctx, PortalFile file) {
        RouteMetrics.tag(ctx, file.immutable() ? "/assets/{file}" : "/{portal}");
        HttpServerResponse response = ctx.response();
        response.putHeader("Content-Type", file.contentType()).putHeader("ETag", file.etag())
                .putHeader("Cache-Control", file.immutable() ? IMMUTABLE : REVALIDATE)
                .putHeader("X-Content-Type-Options", "nosniff").putHeader("Referrer-Policy", "same-origin");
        if (file.path().equals(PortalFiles.INDEX)) {
            response.putHeader("Content-Security-Policy", contentSecurityPolicy).putHeader("X-Frame-Options", "DENY");
        }
        if (file.gzipped() != null) {
            response.putHeader("Vary", "Accept-Encoding");
        }
        if (file.etag().equals(ctx.request().getHeader("If-None-Match"))) {
            response.setStatusCode(304).end();
            return;
        }
        boolean gzip = file.gzipped() != null && acceptsGzip(ctx.request().getHeader("Accept-Encoding"));
        byte[] body = gzip ? file.gzipped() : file.bytes();
        if (gzip) {
            response.putHeader("Content-Encoding", "gzip");
        }
        response.putHeader("Content-Length", Integer.toString(body.length));
        if (ctx.request().method() == HttpMethod.HEAD) {
            response.end();
        } else {
            response.end(Buffer.buffer(body));
        }
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equals("gzip")) {
                return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    /** scheme://host[:port] of a URL: what a CSP source names. */
    static String origin(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority();
    }
}
