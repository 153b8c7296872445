package org.offeringcompliance.reporting.offering;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.offeringcompliance.reporting.customer.CustomerProjection;
import org.offeringcompliance.reporting.messaging.EventData.OfferingData;
import org.offeringcompliance.reporting.messaging.EventData.OfferingUserData;
import org.offeringcompliance.reporting.messaging.ProjectionLocks;
import org.offeringcompliance.reporting.offeringuser.OfferingUserRows;

/**
 * Offerings from their events. The offering's version orders them (an older one changes nothing) and a deleted offering
 * stays deleted. A checklist change moves every user of the offering to its completion of the new checklist (or to
 * none) and recounts the offering.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OfferingProjection {

    @Inject
    ProjectionLocks locks;

    @Inject
    CustomerProjection customers;

    @Inject
    OfferingUserRows users;

    public void changed(OfferingData data, Instant eventTime) {
        UUID id = data.offering();
        locks.offering(id);
        customers.named(data.customer(), data.customerName(), eventTime);
        OfferingReport offering = OfferingReport.findById(id);
        if (offering != null && (offering.deleted || offering.version > data.version())) {
            return;
        }
        if (offering == null) {
            offering = new OfferingReport();
            offering.offeringUuid = id;
            describe(offering, data);
            offering.persist();
            return;
        }
        String oldName = offering.name;
        UUID oldCustomer = offering.customerUuid;
        UUID oldChecklist = offering.checklistUuid;
        describe(offering, data);
        if (!offering.name.equals(oldName) || !offering.customerUuid.equals(oldCustomer)) {
            users.relabel(offering);
        }
        if (!Objects.equals(oldChecklist, offering.checklistUuid)) {
            users.showChecklist(offering);
            offering.recounted(users.count(id));
        }
    }

    public void deleted(OfferingData data) {
        UUID id = data.offering();
        locks.offering(id);
        OfferingReport offering = OfferingReport.findById(id);
        if (offering == null) {
            offering = new OfferingReport();
            offering.offeringUuid = id;
            describe(offering, data);
            offering.persist();
        }
        offering.deleted = true;
        offering.version = Math.max(offering.version, data.version());
        offering.recounted(Contribution.NONE);
        users.deleteAllOf(id);
    }

    /** The offering as an offering-user event shows it, until the offering's own events arrive (version 0). */
    public OfferingReport orProvisional(OfferingUserData data) {
        OfferingReport offering = OfferingReport.findById(data.offering());
        if (offering == null) {
            offering = new OfferingReport();
            offering.offeringUuid = data.offering();
            offering.customerUuid = data.customer();
            offering.name = data.offeringName() == null ? "" : data.offeringName();
            offering.checklistUuid = data.checklist();
            offering.version = 0;
            offering.persist();
        }
        return offering;
    }

    private static void describe(OfferingReport offering, OfferingData data) {
        offering.name = data.name() == null ? "" : data.name();
        offering.customerUuid = data.customer();
        offering.checklistUuid = data.checklist();
        offering.version = data.version();
    }
}
