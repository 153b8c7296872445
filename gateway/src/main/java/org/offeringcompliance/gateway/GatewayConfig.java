package org.offeringcompliance.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Backend name (marketplace, checklist, reporting) to its base URL, e.g. http://127.0.0.1:8081. No default. */
    Map<String, String> backends();

    /** Time to open a connection to a backend before answering 503. Default 2s. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Time a backend may stay silent (no headers, no bytes) before the gateway answers 504. Default 30s. */
    @WithDefault("30s")
    Duration requestTimeout();

    /**
     * How long an idle pooled connection to a backend is kept. Below the backends' idle timeout (60s), so the gateway
     * always closes first and never sends on a connection a backend is closing. Default 15s.
     */
    @WithDefault("15s")
    Duration backendKeepAlive();

    /**
     * The URL clients use to reach the API, e.g. https://compliance.example.org: the backends build the links they
     * return from it, never from the client's Host or X-Forwarded-* headers. Default http://localhost:8080.
     */
    @WithDefault("http://localhost:8080")
    URI publicUrl();

    /** Largest request body accepted, declared or streamed; larger ones get 413. Default 1048576 (1 MiB). */
    @WithDefault("1048576")
    long maxBodyBytes();

    /** Path prefixes served without a token (API docs, public offerings). Default: those two. */
    @WithDefault("/api/marketplace-public-offerings/,/api/docs,/api/openapi.json")
    List<String> publicPaths();

    /** Per-user request rate limit on the proxied routes. */
    RateLimit rateLimit();

    /** The merged OpenAPI document at /api/openapi.json. */
    OpenApi openapi();

    /** The web portal at / and its runtime settings, served as /portal-config.json (PortalRoutes). */
    Portal portal();

    interface Portal {

        /**
         * Keycloak as browsers reach it (not the address the gateway uses inside a cluster), e.g.
         * https://auth.compliance.example.com: the portal signs in there, and the portal's Content-Security-Policy
         * lets it call only there besides the API. Default http://localhost:8180.
         */
        @WithDefault("http://localhost:8180")
        URI keycloakUrl();

        /** The realm the portal signs in to. Default compliance. */
        @WithDefault("compliance")
        String realm();

        /** The portal's public client (authorization code with PKCE). Default compliance-web. */
        @WithDefault("compliance-web")
        String clientId();
    }

    interface RateLimit {

        /**
         * Whether to limit requests per caller: the token's subject, or for anonymous callers the client's address
         * (the real one when the gateway sits behind trusted proxies, see quarkus.http.proxy.trusted-proxies).
         * Default true.
         */
        @WithDefault("true")
        boolean enabled();

        /** Requests a caller may make per window (also the burst size). Default 1200. */
        @WithDefault("1200")
        int requests();

        /** The window in which {@link #requests()} are allowed; the bucket refills evenly over it. Default 1m. */
        @WithDefault("1m")
        Duration window();
    }

    interface OpenApi {

        /** How long a complete merged document is reused before the backends are asked again. Default 30s. */
        @WithDefault("30s")
        Duration cacheTtl();

        /** Time each backend has to deliver its document before it is left out. Default 3s. */
        @WithDefault("3s")
        Duration fetchTimeout();
    }
}
