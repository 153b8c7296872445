package org.offeringcompliance.notification.reminder;

import java.time.Instant;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** The checklist service's internal deadline pass, called with this service's own client token. */
@RegisterRestClient(configKey = "checklist")
@OidcClientFilter
@Path("/internal/deadlines")
public interface ChecklistDeadlines {

    record RunRequest(Instant now) {}

    @POST
    @Path("run")
    JsonNode run(RunRequest request);
}
