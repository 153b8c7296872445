package org.offeringcompliance.marketplace.customer;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.PagedResponse;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.marketplace.customer.CustomerApi.CustomerRequest;
import org.offeringcompliance.marketplace.customer.CustomerApi.CustomerResponse;
import org.offeringcompliance.marketplace.customer.CustomerApi.MemberRequest;
import org.offeringcompliance.marketplace.customer.CustomerApi.MemberResponse;
import org.offeringcompliance.marketplace.user.Callers;

import io.quarkus.security.Authenticated;

@Path("/api/customers/")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {

    @Inject
    Callers callers;

    @Inject
    CustomerService customers;

    @Inject
    CustomerQueries queries;

    @POST
    public Response create(CustomerRequest request) {
        Caller caller = callers.current();
        return Response.status(201).entity(CustomerResponse.of(customers.create(caller, request))).build();
    }

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("page_size") String pageSize,
            @QueryParam("o") String o, @Context UriInfo uri) {
        Caller caller = callers.current();
        PageRequest request = PageRequest.of(page, pageSize);
        return queries.list(caller, o, request).map(CustomerResponse::of).response(uri);
    }

    @HEAD
    public Response count() {
        return PagedResponse.count(queries.count(callers.current()));
    }

    @GET
    @Path("{uuid}/")
    public CustomerResponse get(@PathParam("uuid") String uuid) {
        return CustomerResponse.of(customers.visible(callers.current(), Uuids.pathParam(uuid)));
    }

    @PATCH
    @Path("{uuid}/")
    public CustomerResponse update(@PathParam("uuid") String uuid, CustomerRequest request) {
        return CustomerResponse.of(customers.rename(callers.current(), Uuids.pathParam(uuid), request));
    }

    @POST
    @Path("{uuid}/add_user/")
    public Response addUser(@PathParam("uuid") String uuid, MemberRequest request) {
        CustomerRole role = customers.addUser(callers.current(), Uuids.pathParam(uuid), request);
        return Response.status(201).entity(MemberResponse.of(role)).build();
    }

    @POST
    @Path("{uuid}/delete_user/")
    public Response deleteUser(@PathParam("uuid") String uuid, MemberRequest request) {
        customers.deleteUser(callers.current(), Uuids.pathParam(uuid), request);
        return Response.noContent().build();
    }

    @GET
    @Path("{uuid}/list_users/")
    public Response listUsers(@PathParam("uuid") String uuid, @QueryParam("page") String page,
            @QueryParam("page_size") String pageSize, @Context UriInfo uri) {
        Customer customer = customers.visible(callers.current(), Uuids.pathParam(uuid));
        PageRequest request = PageRequest.of(page, pageSize);
        return queries.members(customer, request).map(MemberResponse::of).response(uri);
    }
}
