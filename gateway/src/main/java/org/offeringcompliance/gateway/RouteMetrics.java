package org.offeringcompliance.gateway;

import java.util.regex.Pattern;

import io.quarkus.micrometer.runtime.binder.vertx.HttpRequestMetric;
import io.vertx.ext.web.RoutingContext;

/**
 * Proxied requests are tagged in http_server_requests by route template, not by raw path: one series per route
 * instead of one per object (/api/customers/{id}/ rather than each customer's uuid).
 */
final class RouteMetrics {

    /** API path segments are lower-case words; anything else (uuids, numbers, junk) is an identifier. */
    private static final Pattern WORD = Pattern.compile("[a-z][a-z_-]{0,63}");

    private RouteMetrics() {}

    static void tagByTemplate(RoutingContext ctx) {
        tag(ctx, template(ctx.request().path()));
    }

    /** Tags the request with a fixed template, e.g. every page of the portal as one series. */
    static void tag(RoutingContext ctx, String template) {
        HttpRequestMetric metric = HttpRequestMetric.getRequestMetric(ctx);
        if (metric != null) {
            metric.setTemplatePath(template);
        }
    }

    static String template(String path) {
        String[] segments = path.split("/", -1);
        StringBuilder template = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            template.append('/').append(segment.isEmpty() || WORD.matcher(segment).matches() ? segment : "{id}");
        }
        return template.toString();
    }
}
