package org.offeringcompliance.deploy;

import java.net.URI;

/** Where a connection setting points: JDBC URL, HTTP URL or Kafka's host:port list (the first entry). */
record Endpoint(String host, int port, String database) {

    static Endpoint parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String v = value.trim();
            if (v.startsWith("jdbc:")) {
                URI uri = URI.create(v.substring("jdbc:".length()));
                String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
                return uri.getHost() == null ? null : new Endpoint(uri.getHost(), uri.getPort(), path);
            }
            if (v.contains("://")) {
                URI uri = URI.create(v);
                int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
                return uri.getHost() == null ? null : new Endpoint(uri.getHost(), port, null);
            }
            String first = v.split(",")[0].trim();
            int colon = first.lastIndexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new Endpoint(first.substring(0, colon), Integer.parseInt(first.substring(colon + 1)), null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    boolean loopback() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    @Override
    public String toString() {
        return host + ":" + port + (database == null ? "" : "/" + database);
    }
}
