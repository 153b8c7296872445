package org.offeringcompliance.marketplace.offering;

import jakarta.annotation.security.PermitAll;
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

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("page_size") String pageSize,
            @QueryParam("customer_uuid") String customerUuid, @QueryParam("name") String name,
            @QueryParam("o") String o, @Context UriInfo uri) {
        PageRequest request = PageRequest.of(page, pageSize);
        OfferingQueries query = OfferingQueries.visibleTo(null).filter(customerUuid, name);
        long total = query.count();
        request.checkWithin(total);
        return PagedResponse.of(query.page(request, o).stream().map(PublicOfferingResponse::of).toList(), total,
                request, uri);
    }

    @HEAD
    public Response count(@QueryParam("customer_uuid") String customerUuid, @QueryParam("name") String name) {
        return PagedResponse.count(OfferingQueries.visibleTo(null).filter(customerUuid, name).count());
    }

    @GET
    @Path("{uuid}/")
    public PublicOfferingResponse get(@PathParam("uuid") String uuid) {
        Offering offering = Offering.<Offering>find("select o from Offering o join fetch o.customer where o.uuid = ?1",
                Uuids.pathParam(uuid)).firstResult();
        if (offering == null) {
            throw ApiException.notFound();
        }
        return PublicOfferingResponse.of(offering);
    }
}
