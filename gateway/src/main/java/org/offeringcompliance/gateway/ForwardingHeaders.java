package org.offeringcompliance.gateway;

import java.net.URI;
import java.util.List;

import io.vertx.core.http.HttpServerRequest;

/**
 * The backends build links from X-Forwarded-Host and -Proto, and log X-Forwarded-For. The client's own forwarding
 * headers are dropped (a Host of evil.example.com must not end up in a Link) and the gateway's are set: host and
 * scheme from the configured public URL, the client's address as Quarkus resolved it through trusted proxies.
 */
final class ForwardingHeaders {

    private static final List<String> FROM_CLIENTS = List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Host",
            "X-Forwarded-Proto", "X-Forwarded-Port", "X-Forwarded-Prefix", "X-Forwarded-Server", "X-Forwarded-Ssl",
            "X-Real-IP");

    private final String host;
    private final String scheme;

    /** The public URL is fixed for the gateway's life: its host and scheme are worked out once, not per request. */
    ForwardingHeaders(URI publicUrl) {
        this.host = publicUrl.getPort() < 0 ? publicUrl.getHost() : publicUrl.getHost() + ":" + publicUrl.getPort();
        this.scheme = publicUrl.getScheme();
    }

    void replace(HttpServerRequest request) {
        var headers = request.headers();
        FROM_CLIENTS.forEach(headers::remove);
        headers.set("X-Forwarded-Host", host);
        headers.set("X-Forwarded-Proto", scheme);
        if (request.remoteAddress() != null) {
            headers.set("X-Forwarded-For", request.remoteAddress().hostAddress());
        }
    }
}
