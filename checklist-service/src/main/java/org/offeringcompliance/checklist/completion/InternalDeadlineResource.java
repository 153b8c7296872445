package org.offeringcompliance.checklist.completion;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.offeringcompliance.common.api.JsonBody;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.common.annotation.Blocking;

/**
 * For the notification service's `run` and for operators (not routed by the gateway): the deadline pass now, as if at
 * {@code now} when given.
 */
@Path("/internal/deadlines/run")
@RolesAllowed({"service", "staff"})
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InternalDeadlineResource {

    @Inject
    DeadlinePass pass;

    @POST
    public DeadlinePass.Result run(JsonNode body) {
        JsonBody json = JsonBody.of(body);
        Instant at = json.instant("now", Instant.now());
        json.throwIfAny();
        return pass.run(at);
    }
}
