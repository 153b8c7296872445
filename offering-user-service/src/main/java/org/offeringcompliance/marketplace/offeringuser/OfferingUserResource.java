package org.offeringcompliance.marketplace.offeringuser;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.offeringcompliance.common.api.Ordering;
import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.PagedResponse;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.api.Where;
import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.marketplace.access.AccessPolicy;
import org.offeringcompliance.marketplace.offeringuser.OfferingUserApi.OfferingUserRequest;
import org.offeringcompliance.marketplace.offeringuser.OfferingUserApi.OfferingUserResponse;
import org.offeringcompliance.marketplace.user.Callers;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.Authenticated;

@Path("/api/marketplace-offering-users/")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfferingUserResource {

    private static final Map<String, String> ORDERING = Map.of("created", "ou.created", "modified", "ou.modified",
            "username", "ou.username", "state", "ou.state");

    @Inject
    Callers callers;

    @Inject
    OfferingUserService offeringUsers;

    @POST
    public Response create(OfferingUserRequest request) {
        OfferingUser ou = offeringUsers.create(callers.current(), request);
        return Response.status(201).entity(OfferingUserResponse.of(ou)).build();
    }

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("page_size") String pageSize,
            @QueryParam("offering_uuid") String offeringUuid, @QueryParam("user_uuid") String userUuid,
            @QueryParam("state") String state, @QueryParam("o") String o, @Context UriInfo uri) {
        PageRequest request = PageRequest.of(page, pageSize);
        Where filter = filter(callers.current(), offeringUuid, userUuid, state);
        String order = Ordering.toSql(o, ORDERING, "-created", "ou.id");
        long total = OfferingUser.count("select count(ou) from OfferingUser ou join ou.offering o" + filter.clause(),
                filter.params());
        request.checkWithin(total);
        List<OfferingUser> page1 = OfferingUser.<OfferingUser>find("select ou from OfferingUser ou join fetch ou.offering o "
                + "join fetch o.customer join fetch ou.user" + filter.clause() + " order by " + order, filter.params())
                .range(request.offset(), request.offset() + request.size() - 1).list();
        return PagedResponse.of(page1.stream().map(OfferingUserResponse::of).toList(), total, request, uri);
    }

    @HEAD
    public Response count(@QueryParam("offering_uuid") String offeringUuid, @QueryParam("user_uuid") String userUuid,
            @QueryParam("state") String state) {
        Where filter = filter(callers.current(), offeringUuid, userUuid, state);
        return PagedResponse.count(OfferingUser.count("select count(ou) from OfferingUser ou join ou.offering o"
                + filter.clause(), filter.params()));
    }

    @GET
    @Path("{uuid}/")
    public OfferingUserResponse get(@PathParam("uuid") String uuid) {
        return OfferingUserResponse.of(offeringUsers.visible(callers.current(), Uuids.pathParam(uuid)));
    }

    @PATCH
    @Path("{uuid}/")
    public OfferingUserResponse update(@PathParam("uuid") String uuid, JsonNode body) {
        return OfferingUserResponse.of(offeringUsers.update(callers.current(), Uuids.pathParam(uuid), body));
    }

    @DELETE
    @Path("{uuid}/")
    public Response delete(@PathParam("uuid") String uuid) {
        offeringUsers.delete(callers.current(), Uuids.pathParam(uuid));
        return Response.noContent().build();
    }

    /** Visibility (own, or members of the offering's customer, or staff and support) and the query filters. */
    private static Where filter(Caller caller, String offeringUuid, String userUuid, String state) {
        Where where = new Where();
        if (!caller.seesEverything()) {
            where.and("(ou.user.uuid = :me or o.customer.id in " + AccessPolicy.memberCustomersSubquery(":me") + ")")
                    .param("me", caller.id());
        }
        return where.uuid("o.uuid", "offering_uuid", offeringUuid).uuid("ou.user.uuid", "user_uuid", userUuid)
                .equal("ou.state", "state", state);
    }
}
