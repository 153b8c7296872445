package org.offeringcompliance.marketplace.offering;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.marketplace.offering.ChecklistClient.ChecklistSummary;

/**
 * Asks the checklist service, synchronously and with short timeouts, whether a checklist exists and is an offering
 * compliance checklist: a checklist created a moment ago is assignable at once, a deleted one never.
 */
@ApplicationScoped
public class ChecklistDirectory {

    private static final Logger LOG = Logger.getLogger(ChecklistDirectory.class);
    static final String OFFERING_COMPLIANCE = "offering_compliance";

    @Inject
    @RestClient
    ChecklistClient client;

    public void requireOfferingCompliance(UUID checklist, UUID offering) {
        ChecklistSummary summary;
        try {
            summary = client.reserve(checklist.toString(), new ChecklistClient.Reservation(offering.toString()));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw notValid("Checklist not found.");
            }
            LOG.warnf("checklist lookup answered %d", e.getResponse().getStatus());
            throw unavailable();
        } catch (RuntimeException e) {
            LOG.warnf("checklist lookup failed: %s", e.toString());
            throw unavailable();
        }
        if (summary == null || !OFFERING_COMPLIANCE.equals(summary.checklistType())) {
            throw notValid("Checklist must be of type offering_compliance.");
        }
    }

    private static ApiException notValid(String message) {
        return ApiException.fieldError("compliance_checklist", message);
    }

    private static ApiException unavailable() {
        return new ApiException(503, "The checklist service is unavailable, try again later.");
    }
}
