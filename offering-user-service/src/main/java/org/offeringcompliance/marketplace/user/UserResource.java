package org.offeringcompliance.marketplace.user;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.security.Caller;

import io.quarkus.security.Authenticated;

@Path("/api/users")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    Callers callers;

    @GET
    @Path("me/")
    public UserResponse me() {
        return UserResponse.of(callers.entry());
    }

    @GET
    @Path("{uuid}/")
    public UserResponse get(@PathParam("uuid") String uuid) {
        Caller caller = callers.current();
        var id = Uuids.pathParam(uuid);
        if (!caller.seesEverything() && !caller.id().equals(id)) {
            throw ApiException.notFound();
        }
        DirectoryUser user = DirectoryUser.findById(id);
        if (user == null) {
            throw ApiException.notFound();
        }
        return UserResponse.of(user);
    }
}
