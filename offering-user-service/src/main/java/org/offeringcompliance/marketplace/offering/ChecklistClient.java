package org.offeringcompliance.marketplace.offering;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** The checklist service's internal API, called with this service's own token (realm role "service"). */
@RegisterRestClient(configKey = "checklists")
@OidcClientFilter
@Path("/internal/checklists")
public interface ChecklistClient {

    /** The checklist, reserved for the offering when it can be assigned (its deletion is refused meanwhile). */
    @POST
    @Path("{uuid}/reservations")
    ChecklistSummary reserve(@PathParam("uuid") String uuid, Reservation reservation);

    record Reservation(String offering) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChecklistSummary(String uuid, String name, @JsonProperty("checklist_type") String checklistType) {}
}
