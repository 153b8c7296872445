package org.offeringcompliance.gateway;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Stub backends (one of them down) and the real Keycloak; the classes that share it share one running gateway. */
public class GatewayTestProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(StubBackends.class, stubArgs()), new TestResourceEntry(KeycloakRealm.class));
    }

    protected Map<String, String> stubArgs() {
        return Map.of();
    }

    /** The reporting backend accepts no connection at all: connecting to it hangs until the connect timeout. */
    public static class Blackhole extends GatewayTestProfile {

        @Override
        protected Map<String, String> stubArgs() {
            return Map.of("reporting", "blackhole");
        }
    }

    /** Rate limiting on, three requests a minute per caller. */
    public static class RateLimited extends GatewayTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.enabled", "true", "gateway.rate-limit.requests", "3",
                    "gateway.rate-limit.window", "1m");
        }
    }
}
