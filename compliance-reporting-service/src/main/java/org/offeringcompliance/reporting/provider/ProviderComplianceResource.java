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
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.export.ExportFormat;
import org.offeringcompliance.common.export.Exports;
import org.offeringcompliance.common.security.CurrentCaller;
import org.offeringcompliance.reporting.api.QueryParams;
import org.offeringcompliance.reporting.provider.ProviderReportApi.OfferingUserItem;

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

    /**
     * The offering_users report as a file (API.md section 7): every row under the same filters, streamed. The
     * permission, the filters and the format (and for XLSX, that the rows fit a sheet) are checked before the first
     * byte.
     */
    @GET
    @Path("offering_users/export/")
    @Produces({Exports.CSV_TYPE, Exports.XLSX_TYPE, MediaType.APPLICATION_JSON})
    public Response exportOfferingUsers(@PathParam("provider") String provider,
            @QueryParam("offering_uuid") String offeringUuid, @QueryParam("compliance_status") String complianceStatus,
            @QueryParam(ExportFormat.PARAMETER) String format) {
        var customer = access.readableCustomer(currentCaller.get(), provider);
        var offering = QueryParams.uuid("offering_uuid", offeringUuid);
        String status = QueryParams.choice("compliance_status", complianceStatus, ProviderReports.COMPLIANCE_STATUSES);
        ExportFormat fileFormat = ExportFormat.parse(format);
        fileFormat.checkFits(() -> reports.countOfferingUsers(customer, offering, status));
        return Exports.attachment(fileFormat, "offering-users-" + Uuids.hex(Uuids.pathParam(provider)),
                "offering_users", OfferingUserItem.COLUMNS, Exports.transactional(
                        out -> reports.exportOfferingUsers(customer, offering, status, out)));
    }

    @GET
    @Path("checklists_summary/")
    public Response checklistsSummary(@PathParam("provider") String provider, @QueryParam("page") String page,
            @QueryParam("page_size") String pageSize, @Context UriInfo uri) {
        var customer = access.readableCustomer(currentCaller.get(), provider);
        return reports.checklistsSummary(customer, PageRequest.of(page, pageSize)).response(uri);
    }
}
