package org.offeringcompliance.marketplace.user;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** Keycloak's admin API, called with this service's own client credentials (service account may view users). */
@RegisterRestClient(configKey = "keycloak-admin")
@OidcClientFilter
@Path("/admin/realms/compliance/users")
public interface KeycloakAdminClient {

    @GET
    @Path("{id}")
    KeycloakUser get(@PathParam("id") String id);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record KeycloakUser(String id, String username, String firstName, String lastName, String email,
            boolean enabled) {

        String fullName() {
            return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        }
    }
}
