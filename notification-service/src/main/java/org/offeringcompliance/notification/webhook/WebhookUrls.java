package org.offeringcompliance.notification.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Where a webhook may point: https URLs whose host resolves to public addresses only, unless the URL's origin is one
 * the deployment allows (webhooks.allowed-insecure-origins; an origin without a port allows every port). Checked when
 * a subscription is saved and again before every attempt, which then connects to the address that was checked.
 */
@Singleton
public class WebhookUrls {

    /** A URL fit for delivery and the address to connect to. */
    public record Target(URI url, InetAddress address) {

        public int port() {
            return url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        }
    }

    /** A URL that may not be used, with the reason for the caller. */
    public static class Refused extends Exception {

        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final List<URI> allowedOrigins;
    private final Resolver resolver;

    @Inject
    WebhookUrls(WebhookConfig config) {
        this(config.allowedInsecureOrigins().orElse(List.of()), InetAddress::getAllByName);
    }

    WebhookUrls(List<String> allowedOrigins, Resolver resolver) {
        this.allowedOrigins = allowedOrigins.stream().map(String::trim).filter(o -> !o.isEmpty()).map(URI::create)
                .toList();
        this.resolver = resolver;
    }

    /** Why the URL may not be used, or null when it may. */
    public String problem(String url) {
        try {
            target(url);
            return null;
        } catch (Refused e) {
            return e.getMessage();
        }
    }

    public Target target(String url) throws Refused {
        URI uri = parse(url);
        boolean allowed = allowedOrigins.stream().anyMatch(origin -> sameOrigin(origin, uri));
        if (!allowed && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new Refused("The URL must use https.");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            throw new Refused("The host name does not resolve.");
        }
        if (addresses.length == 0) {
            throw new Refused("The host name does not resolve.");
        }
        for (InetAddress address : addresses) {
            if (!allowed && !PublicAddresses.isPublic(address)) {
                throw new Refused("The URL must resolve to public addresses only; " + address.getHostAddress()
                        + " is not.");
            }
        }
        return new Target(uri, addresses[0]);
    }

    private static URI parse(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("Enter a valid URL.");
        }
        if (uri.getScheme() == null || uri.getHost() == null || uri.isOpaque()) {
            throw new Refused("Enter a valid URL.");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new Refused("The URL must use https.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("The URL may not contain credentials.");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("The URL may not contain a fragment.");
        }
        return uri;
    }

    private static boolean sameOrigin(URI origin, URI url) {
        return origin.getScheme().equalsIgnoreCase(url.getScheme()) && origin.getHost().equalsIgnoreCase(url.getHost())
                && (origin.getPort() == -1 || origin.getPort() == new Target(url, null).port());
    }
}
