package org.offeringcompliance.common.web;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.events.DeadLetters;
import org.offeringcompliance.common.events.DeadLetters.Letter;
import org.offeringcompliance.common.events.DeadLetters.Replayed;
import org.offeringcompliance.common.security.Caller;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Operations, staff only, not routed by the gateway: the dead-letter topic's pending letters and their replay. */
@Path("/internal/dead-letters")
@RolesAllowed(Caller.STAFF)
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    @Inject
    DeadLetters deadLetters;

    public record Pending(String topic, int count, @JsonProperty("letters") List<Letter> letters) {}

    @GET
    public Pending pending() {
        String topic = deadLetters.topic().orElseThrow(ApiException::notFound);
        List<Letter> letters = deadLetters.pending();
        return new Pending(topic, letters.size(), letters);
    }

    @POST
    @Path("replay")
    public Replayed replay() {
        deadLetters.topic().orElseThrow(ApiException::notFound);
        return deadLetters.replay();
    }
}
