package org.offeringcompliance.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.offeringcompliance.testing.KeycloakUsers.TestUser;
import org.offeringcompliance.testing.LocalInfrastructure;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Tokens the gateway must refuse: from realm master, from a client with short-lived tokens, for another audience. */
final class KeycloakAdmin {

    static final String SHORT_LIVED_CLIENT = "gateway-test-short-lived-5s-api";
    static final String OTHER_AUDIENCE_CLIENT = "gateway-test-other-audience";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private KeycloakAdmin() {}

    /** The local development admin's token: realm master, admin-cli, admin/admin. */
    static String masterToken() {
        return password("master", "admin-cli", "admin", "admin");
    }

    /** A token from a realm compliance client whose tokens expire after 5 s (room for the first, accepted call). */
    static String shortLivedToken(TestUser user) {
        ensureClient(SHORT_LIVED_CLIENT, new JsonObject().put("access.token.lifespan", "5"), true);
        return password("compliance", SHORT_LIVED_CLIENT, user.username(), user.username());
    }

    /** A token of the right realm and a live user, from a client that does not issue tokens for this API. */
    static String otherAudienceToken(TestUser user) {
        ensureClient(OTHER_AUDIENCE_CLIENT, new JsonObject(), false);
        return password("compliance", OTHER_AUDIENCE_CLIENT, user.username(), user.username());
    }

    private static void ensureClient(String clientId, JsonObject attributes, boolean apiAudience) {
        JsonObject client = new JsonObject().put("clientId", clientId).put("publicClient", true)
                .put("directAccessGrantsEnabled", true).put("standardFlowEnabled", false).put("attributes", attributes);
        if (apiAudience) {
            client.put("protocolMappers", new JsonArray().add(new JsonObject().put("name", "audience")
                    .put("protocol", "openid-connect").put("protocolMapper", "oidc-audience-mapper")
                    .put("config", new JsonObject().put("included.custom.audience", "compliance-api")
                            .put("access.token.claim", "true"))));
        }
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(keycloak() + "/admin/realms/compliance/clients"))
                .header("Authorization", "Bearer " + masterToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client.encode())));
        if (created.statusCode() != 201 && created.statusCode() != 409) {
            throw new IllegalStateException("creating client " + clientId + ": " + created.statusCode());
        }
    }

    private static String password(String realm, String clientId, String username, String password) {
        Map<String, String> form = Map.of("grant_type", "password", "client_id", clientId, "username", username,
                "password", password);
        HttpResponse<String> response = send(HttpRequest
                .newBuilder(URI.create(keycloak() + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")))));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token from " + realm + "/" + clientId + ": " + response.statusCode());
        }
        return new JsonObject(response.body()).getString("access_token");
    }

    private static String keycloak() {
        return LocalInfrastructure.Endpoints.ensureRunning().keycloak();
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
}
