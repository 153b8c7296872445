package org.offeringcompliance.marketplace.provider;

import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
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
import org.offeringcompliance.marketplace.user.Callers;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.security.Authenticated;

/** Service providers: one per customer; visible to every authenticated user. */
@Path("/api/marketplace-service-providers/")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProviderResource {

    public record ProviderRequest(String customer) {}

    public record ProviderResponse(String uuid, @JsonProperty("customer_uuid") String customerUuid,
            @JsonProperty("customer_name") String customerName, Instant created) {

        static ProviderResponse of(ServiceProvider p) {
            return new ProviderResponse(Uuids.hex(p.uuid), Uuids.hex(p.customer.uuid), p.customer.name, p.created);
        }
    }

    @Inject
    Callers callers;

    @Inject
    ProviderService providers;

    @Inject
    ProviderQueries queries;

    @POST
    public Response create(ProviderRequest request) {
        ServiceProvider provider = providers.create(callers.current(), request == null ? null : request.customer());
        return Response.status(201).entity(ProviderResponse.of(provider)).build();
    }

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("page_size") String pageSize,
            @QueryParam("customer_uuid") String customerUuid, @QueryParam("o") String o, @Context UriInfo uri) {
        callers.current();
        PageRequest request = PageRequest.of(page, pageSize);
        return queries.list(customerUuid, o, request).map(ProviderResponse::of).response(uri);
    }

    @HEAD
    public Response count() {
        callers.current();
        return PagedResponse.count(queries.count());
    }

    @GET
    @Path("{uuid}/")
    public ProviderResponse get(@PathParam("uuid") String uuid) {
        callers.current();
        ServiceProvider provider = queries.withCustomer(Uuids.pathParam(uuid));
        if (provider == null) {
            throw ApiException.notFound();
        }
        return ProviderResponse.of(provider);
    }
}
