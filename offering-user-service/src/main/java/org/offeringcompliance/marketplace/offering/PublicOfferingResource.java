package org.offeringcompliance.marketplace.offering;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.PagedResponse;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.marketplace.offering.OfferingApi.PublicOfferingResponse;

/** The public catalogue: anyone, no token needed; only public fields. */
@Path("/api/marketplace-public-offerings/")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PublicOfferingResource {

    @Inject
    OfferingQueries queries;

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("page_size") String pageSize,
            @QueryParam("customer_uuid") String customerUuid, @QueryParam("name") String name,
            @QueryParam("o") String o, @Context UriInfo uri) {
        PageRequest request = PageRequest.of(page, pageSize);
        return queries.list(null, customerUuid, name, o, request).map(PublicOfferingResponse::of).response(uri);
    }

    @HEAD
    public Response count(@QueryParam("customer_uuid") String customerUuid, @QueryParam("name") String name) {
        return PagedResponse.count(queries.count(null, customerUuid, name));
    }

    @GET
    @Path("{uuid}/")
    public PublicOfferingResponse get(@PathParam("uuid") String uuid) {
        Offering offering = queries.withCustomer(Uuids.pathParam(uuid));
        if (offering == null) {
            throw ApiException.notFound();
        }
        return PublicOfferingResponse.of(offering);
    }
}
