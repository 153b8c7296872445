package org.offeringcompliance.bench;

import java.time.Duration;
import java.time.Instant;

import org.offeringcompliance.testing.KeycloakUsers;

/** A Keycloak user's access token, fetched again before it expires (tokens live 15 minutes in the realm). */
final class Login {

    private static final Duration REFRESH_AFTER = Duration.ofMinutes(10);

    final String username;
    private final String password;
    private final KeycloakUsers keycloak;
    private String token;
    private Instant fetched = Instant.EPOCH;

    Login(KeycloakUsers keycloak, String username, String password) {
        this.keycloak = keycloak;
        this.username = username;
        this.password = password;
    }

    synchronized String token() {
        if (Instant.now().isAfter(fetched.plus(REFRESH_AFTER))) {
            token = keycloak.passwordGrant(username, password);
            fetched = Instant.now();
        }
        return token;
    }
}
