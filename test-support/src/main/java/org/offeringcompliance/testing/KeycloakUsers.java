package org.offeringcompliance.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Real users and real tokens for tests: users are created through Keycloak's admin API (master admin, local only) in
 * realm "compliance", tokens come from the public client compliance-cli with the password grant.
 */
public final class KeycloakUsers {

    public static final String REALM = "compliance";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final String keycloakUrl;

    public KeycloakUsers(String keycloakUrl) {
        this.keycloakUrl = keycloakUrl;
    }

    /** Keycloak of the running infrastructure (started if needed). */
    public static KeycloakUsers local() {
        return new KeycloakUsers(LocalInfrastructure.Endpoints.ensureRunning().keycloak());
    }

    /** A user created in Keycloak. Its password is its username. */
    public record TestUser(UUID id, String username, String email, String fullName) {

        public String hexId() {
            return id.toString().replace("-", "");
        }
    }

    /** Creates a fresh user with a unique name built from the prefix, holding the given realm roles. */
    public TestUser create(String prefix, String... realmRoles) {
        String username = (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
        String first = capitalise(prefix);
        String body = write(Map.of("username", username, "enabled", true, "email", username + "@example.org",
                "emailVerified", true, "firstName", first, "lastName", "Tester", "credentials",
                List.of(Map.of("type", "password", "value", username, "temporary", false))));
        HttpResponse<String> created = send(admin("/users").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("creating user " + username + ": " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        if (realmRoles.length > 0) {
            StringBuilder roles = new StringBuilder("[");
            for (String role : realmRoles) {
                JsonNode representation = read(send(admin("/roles/" + role).GET()).body());
                roles.append(roles.length() > 1 ? "," : "").append(representation.toString());
            }
            send(admin("/users/" + id + "/role-mappings/realm")
                    .POST(HttpRequest.BodyPublishers.ofString(roles.append("]").toString())));
        }
        return new TestUser(id, username, username + "@example.org", first + " Tester");
    }

    /** An access token for the user, cached for the test run (tokens live 15 minutes). */
    public String token(String username) {
        return TOKENS.computeIfAbsent(keycloakUrl + username, k -> passwordGrant(username, username));
    }

    public String token(TestUser user) {
        return token(user.username());
    }

    public String passwordGrant(String username, String password) {
        HttpResponse<String> response = send(HttpRequest
                .newBuilder(URI.create(keycloakUrl + "/realms/" + REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("grant_type", "password", "client_id", "compliance-cli", "username", username,
                        "password", password))));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token for " + username + ": " + response.statusCode() + " " + response.body());
        }
        return read(response.body()).get("access_token").asText();
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json");
    }

    private String adminToken() {
        HttpResponse<String> response = send(HttpRequest
                .newBuilder(URI.create(keycloakUrl + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password",
                        "admin"))));
        return read(response.body()).get("access_token").asText();
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(body, e);
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1).replace('-', ' ');
    }
}
