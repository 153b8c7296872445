package org.offeringcompliance.reporting.provider;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.security.CurrentCaller;
import org.offeringcompliance.reporting.api.QueryParams;

import io.quarkus.security.Authenticated;

/** A service provider's compliance reports (API.md section 4); HEAD on each answers the headers without the body. */
@Path("/api/marketplace-service-providers/{provider}/compliance/")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProviderComplianceResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ProviderAccess access;

    @Inject
    ProviderReports reports;

    @GET
    @Path("compliance_overview/")
    public Response overview(@PathParam("provider") String provider, @QueryParam("page") String page,
            @QueryParam("page_size") String pageSize, @Context UriInfo uri) {
        var customer = access.readableCustomer(currentCaller.get(), provider);
        return reports.overview(customer, PageRequest.of(page, pageSize)).response(uri);
    }

    @GET
    @Path("offering_users/")
    public Response offeringUsers(@PathParam("provider") String provider, @QueryParam("page") String page,
            @QueryParam("page_size") String pageSize, @QueryParam("offering_uuid") String offeringUuid,
            @QueryParam("compliance_status") String complianceStatus, @Context UriInfo uri) {
        var customer = access.readableCustomer(currentCaller.get(), provider);
        var offering = QueryParams.uuid("offering_uuid", offeringUuid);
        String status = QueryParams.choice("compliance_status", complianceStatus, ProviderReports.COMPLIANCE_STATUSES);
        return reports.offeringUsers(customer, offering, status, PageRequest.of(page, pageSize)).response(uri);
    }

    @GET
    @Path("checklists_summary/")
    public Response checklistsSummary(@PathParam("provider") String provider, @QueryParam("page") String page,
            @QueryParam("page_size") String pageSize, @Context UriInfo uri) {
        var customer = access.readableCustomer(currentCaller.get(), provider);
        return reports.checklistsSummary(customer, PageRequest.of(page, pageSize)).response(uri);
    }
}
