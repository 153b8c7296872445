package org.offeringcompliance.gateway;

import org.offeringcompliance.testing.KeycloakUsers;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

/** Real Keycloak users for the gateway tests, created once per test run. */
final class Callers {

    static final KeycloakUsers KEYCLOAK = KeycloakUsers.local();
    private static TestUser user;

    private Callers() {}

    static synchronized TestUser user() {
        if (user == null) {
            user = KEYCLOAK.create("gw-user");
        }
        return user;
    }

    static String token() {
        return KEYCLOAK.token(user());
    }
}
