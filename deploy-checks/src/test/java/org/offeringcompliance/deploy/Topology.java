package org.offeringcompliance.deploy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What answers at a host and port inside one deployment (compose network or Kubernetes namespace). */
final class Topology {

    /** A component (a service module's name, or postgres, kafka, keycloak) and, for PostgreSQL, its databases. */
    record Target(String component, String provider, Set<String> databases) {}

    private final Map<String, Target> byAddress;

    Topology(Map<String, Target> byAddress) {
        this.byAddress = Map.copyOf(byAddress);
    }

    static String address(String host, int port) {
        return host + ":" + port;
    }

    Optional<Target> resolve(Endpoint endpoint) {
        // Kubernetes service names may be qualified (name.namespace.svc...): the first label is the Service.
        String host = endpoint.host().split("\\.")[0];
        return Optional.ofNullable(byAddress.get(address(host, endpoint.port())));
    }

    Map<String, Target> targets() {
        return byAddress;
    }
}
