package org.offeringcompliance.gateway;

import java.util.Map;

import org.offeringcompliance.testing.LocalInfrastructure;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Points the gateway's token check at the real Keycloak realm "compliance", found or started like LocalInfrastructure. */
public class KeycloakRealm implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String keycloak = LocalInfrastructure.Endpoints.ensureRunning().keycloak();
        return Map.of("quarkus.oidc.auth-server-url", keycloak + "/realms/compliance", "keycloak.url", keycloak);
    }

    @Override
    public void stop() {
        // Keycloak stays up for other modules; deploy/local/down.sh stops it.
    }
}
