package org.offeringcompliance.marketplace.offeringuser;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.marketplace.messaging.EventData.OfferingUserData;
import org.offeringcompliance.marketplace.user.Callers;

import io.quarkus.security.Authenticated;

/**
 * For other services (not routed by the gateway), called with the end user's own token: an offering user that the
 * caller may see, in the shape of its events, so a service that has not received those events yet can answer at once.
 */
@Path("/internal/offering-users")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class InternalOfferingUserResource {

    @Inject
    OfferingUserService offeringUsers;

    @Inject
    Callers callers;

    @GET
    @Path("{uuid}")
    public OfferingUserData get(@PathParam("uuid") String uuid) {
        return OfferingUserEvents.dataOf(offeringUsers.visible(callers.current(), Uuids.pathParam(uuid)));
    }
}
