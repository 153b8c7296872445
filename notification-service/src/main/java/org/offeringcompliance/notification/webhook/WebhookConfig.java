package org.offeringcompliance.notification.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of webhook delivery (application.properties, prefix "webhooks"). */
@ConfigMapping(prefix = "webhooks")
public interface WebhookConfig {

    /**
     * Origins (scheme://host[:port]) a subscription may use although they are plain http or not public, e.g.
     * http://127.0.0.1 for the local stack; without a port every port of the host. None in production.
     */
    Optional<List<String>> allowedInsecureOrigins();

    /** How often due deliveries are sent; "off" in tests, which send them directly. */
    @WithDefault("5s")
    String sendEvery();

    /** How long a receiver has to answer with a 2xx. */
    @WithDefault("10s")
    Duration timeout();

    /** The pause after a delivery's first failure; it doubles with each attempt up to {@link #maxRetryPause()}. */
    @WithDefault("30s")
    Duration firstRetry();

    @WithDefault("1h")
    Duration maxRetryPause();

    /** A delivery failing for this long fails for good and disables its subscription. */
    @WithDefault("24h")
    Duration retryWindow();

    /** After a rotation, deliveries are signed with the old secret too for this long. */
    @WithDefault("24h")
    Duration rotationOverlap();

    /** Deliveries one instance claims and sends at once. */
    @WithDefault("50")
    int batchSize();
}
