package org.offeringcompliance.marketplace.offering;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** The checklist service's internal lookup, called with this service's own token (realm role "service"). */
@RegisterRestClient(configKey = "checklists")
@OidcClientFilter
@Path("/internal/checklists")
public interface ChecklistClient {

    @GET
    @Path("{uuid}")
    ChecklistSummary get(@PathParam("uuid") String uuid);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChecklistSummary(String uuid, String name, @JsonProperty("checklist_type") String checklistType) {}
}
