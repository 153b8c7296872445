package org.offeringcompliance.marketplace.customer;

import java.util.Map;

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

import org.offeringcompliance.common.api.Ordering;
import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.PagedResponse;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.marketplace.access.AccessPolicy;
import org.offeringcompliance.marketplace.customer.CustomerApi.CustomerRequest;
import org.offeringcompliance.marketplace.customer.CustomerApi.CustomerResponse;
import org.offeringcompliance.marketplace.customer.CustomerApi.MemberRequest;
import org.offeringcompliance.marketplace.customer.CustomerApi.MemberResponse;
import org.offeringcompliance.marketplace.user.Callers;

import io.quarkus.panache.common.Parameters;
import io.quarkus.security.Authenticated;

@Path("/api/customers/")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {

    private static final Map<String, String> ORDERING = Map.of("name", "c.name", "created", "c.created");

    @Inject
    Callers callers;

    @Inject
    CustomerService customers;

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
        String order = Ordering.toSql(o, ORDERING, "name", "c.id");
        String where = caller.seesEverything() ? "" : " where c.id in " + AccessPolicy.memberCustomersSubquery(":me");
        Parameters params = caller.seesEverything() ? new Parameters() : Parameters.with("me", caller.id());
        long total = Customer.count("select count(c) from Customer c" + where, params);
        request.checkWithin(total);
        var items = Customer.<Customer>find("select c from Customer c" + where + " order by " + order, params)
                .range(request.offset(), request.offset() + request.size() - 1).list().stream()
                .map(CustomerResponse::of).toList();
        return PagedResponse.of(items, total, request, uri);
    }

    @HEAD
    public Response count() {
        Caller caller = callers.current();
        return PagedResponse.count(caller.seesEverything()
                ? Customer.count()
                : Customer.count("id in " + AccessPolicy.memberCustomersSubquery("?1"), caller.id()));
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
        long total = CustomerRole.count("customer", customer);
        request.checkWithin(total);
        var items = CustomerRole.<CustomerRole>find(
                "select r from CustomerRole r join fetch r.user u where r.customer = ?1 order by u.username, r.role, r.id",
                customer).range(request.offset(), request.offset() + request.size() - 1).list().stream()
                .map(MemberResponse::of).toList();
        return PagedResponse.of(items, total, request, uri);
    }
}
