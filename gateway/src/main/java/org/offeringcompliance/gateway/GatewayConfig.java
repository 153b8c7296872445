package org.offeringcompliance.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Backend name (marketplace, checklist, reporting) to its base URL, e.g. http://127.0.0.1:8081. */
    Map<String, String> backends();

    /** Time to open a connection to a backend before answering 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Time a backend may stay silent before the gateway answers 504. */
    @WithDefault("30s")
    Duration requestTimeout();

    /** Largest request body accepted; larger ones get 413. */
    @WithDefault("1048576")
    long maxBodyBytes();

    /** Path prefixes served without a token (API docs, public offerings). */
    @WithDefault("/api/marketplace-public-offerings/,/api/docs,/api/openapi.json")
    List<String> publicPaths();
}
