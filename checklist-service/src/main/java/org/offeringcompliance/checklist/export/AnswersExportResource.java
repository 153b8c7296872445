package org.offeringcompliance.checklist.export;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.offeringcompliance.checklist.marketplace.ComplianceAccess;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.export.ExportFormat;
import org.offeringcompliance.common.export.Exports;
import org.offeringcompliance.common.security.CurrentCaller;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;

/**
 * The answers of a provider's offering users as a file (API.md section 7), served here because this service holds the
 * answers, questions and options; the gateway routes this one path of the provider's compliance reports here. Who may
 * read it, the offering and the format (and for XLSX, that the rows fit a sheet) are checked before the first byte.
 */
@Path("/api/marketplace-service-providers/{provider}/compliance/answers/export/")
@Authenticated
@Blocking
public class AnswersExportResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ComplianceAccess access;

    @Inject
    AnswersExport answers;

    /** offering_uuid: one offering of the provider's customer; absent or empty, all of them. */
    @GET
    @Produces({Exports.CSV_TYPE, Exports.XLSX_TYPE, MediaType.APPLICATION_JSON})
    public Response export(@PathParam("provider") String provider, @QueryParam("offering_uuid") String offeringUuid,
            @QueryParam(ExportFormat.PARAMETER) String format) {
        UUID customer = access.providerReportsCustomer(currentCaller.get(), provider);
        UUID offering = offeringUuid == null || offeringUuid.isEmpty() ? null : Uuids.parse("offering_uuid", offeringUuid);
        ExportFormat fileFormat = ExportFormat.parse(format);
        var offerings = answers.offerings(customer, offering);
        fileFormat.checkFits(() -> answers.count(offerings));
        return Exports.attachment(fileFormat, "answers-" + Uuids.hex(Uuids.pathParam(provider)), "answers",
                AnswersExport.COLUMNS, Exports.transactional(out -> answers.write(offerings, out)));
    }
}
