package org.offeringcompliance.marketplace.offering;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.api.FieldErrors;
import org.offeringcompliance.common.api.JsonBody;
import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.marketplace.access.AccessPolicy;
import org.offeringcompliance.marketplace.access.Permission;
import org.offeringcompliance.marketplace.customer.Customer;
import org.offeringcompliance.marketplace.offering.OfferingApi.OfferingRequest;
import org.offeringcompliance.marketplace.offeringuser.OfferingUser;
import org.offeringcompliance.marketplace.offeringuser.OfferingUserEvents;
import org.offeringcompliance.marketplace.provider.ServiceProvider;

import com.fasterxml.jackson.databind.JsonNode;

@ApplicationScoped
public class OfferingService {

    static final String CHECKLIST_FIELD = "compliance_checklist";

    @Inject
    AccessPolicy access;

    @Inject
    ChecklistDirectory checklists;

    @Inject
    OfferingQueries queries;

    @Inject
    OfferingEvents events;

    @Inject
    OfferingUserEvents offeringUserEvents;

    @Transactional
    public Offering create(Caller caller, OfferingRequest request) {
        FieldErrors errors = new FieldErrors();
        String name = errors.text("name", request == null ? null : request.name(), 255);
        UUID customerUuid = errors.uuid("customer", request == null ? null : request.customer());
        errors.throwIfAny();
        Customer customer = Customer.findByUuid(customerUuid);
        if (customer == null || !access.canSee(caller, customer)) {
            throw ApiException.fieldError("customer", "Customer not found.");
        }
        if (!access.has(caller, customer, Permission.UPDATE_OFFERING_OPTIONS)) {
            throw ApiException.forbidden();
        }
        if (!ServiceProvider.existsFor(customer)) {
            throw ApiException.fieldError("customer", "The customer is not a service provider.");
        }
        Offering offering = new Offering();
        offering.uuid = UUID.randomUUID();
        offering.customer = customer;
        offering.name = name;
        offering.description = request.description() == null ? "" : request.description();
        offering.version = 1;
        offering.created = Instant.now();
        offering.modified = offering.created;
        offering.persist();
        events.created(offering);
        return offering;
    }

    /** The offering if the caller may see it (staff, support, members of its customer), else 404. */
    public Offering visible(Caller caller, UUID uuid) {
        Offering offering = queries.withCustomer(uuid);
        if (offering == null || !access.canSee(caller, offering.customer)) {
            throw ApiException.notFound();
        }
        return offering;
    }

    /** The compliance policy: whoever may see the offering's reports; anyone else 403 (API.md section 5). */
    public CompliancePolicy policy(Caller caller, UUID uuid) {
        Offering offering = existing(uuid);
        if (!access.has(caller, offering.customer, Permission.LIST_SERVICE_PROVIDER_CUSTOMERS)) {
            throw ApiException.forbidden();
        }
        return offering.policy;
    }

    /** PUT: the whole policy replaced; announced with the offering, whose version it bumps. */
    @Transactional
    public CompliancePolicy replacePolicy(Caller caller, UUID uuid, JsonNode body) {
        Offering offering = existing(uuid);
        if (!access.has(caller, offering.customer, Permission.UPDATE_OFFERING_OPTIONS)) {
            throw ApiException.forbidden();
        }
        CompliancePolicy policy = CompliancePolicy.from(body);
        Offering.getEntityManager().refresh(offering, LockModeType.PESSIMISTIC_WRITE);
        if (!policy.sameAs(offering.policy)) {
            offering.policy = policy;
            touch(offering);
            events.updated(offering);
        }
        return offering.policy;
    }

    private Offering existing(UUID uuid) {
        Offering offering = queries.withCustomer(uuid);
        if (offering == null) {
            throw ApiException.notFound();
        }
        return offering;
    }

    /** For a write: the offering re-read under its row lock, so versions follow the order of the writes. */
    private Offering editable(Caller caller, UUID uuid) {
        Offering offering = visible(caller, uuid);
        access.require(caller, offering.customer, Permission.UPDATE_OFFERING_OPTIONS);
        Offering.getEntityManager().refresh(offering, LockModeType.PESSIMISTIC_WRITE);
        return offering;
    }

    /** PATCH: name, description and compliance_checklist, each only when present. */
    @Transactional
    public Offering update(Caller caller, UUID uuid, JsonNode body) {
        Offering offering = editable(caller, uuid);
        JsonBody patch = JsonBody.of(body);
        String name = patch.has("name") ? patch.requiredText("name", 255) : offering.name;
        String description = patch.text("description", Integer.MAX_VALUE, offering.description);
        UUID checklist = patch.nullableUuid(CHECKLIST_FIELD, offering.complianceChecklist);
        patch.throwIfAny();
        boolean changed = !name.equals(offering.name) || !description.equals(offering.description);
        if (changed) {
            offering.name = name;
            offering.description = description;
            touch(offering);
            events.updated(offering);
        }
        setChecklist(offering, checklist);
        return offering;
    }

    /** update_compliance_checklist: an empty body changes nothing. */
    @Transactional
    public Offering updateChecklist(Caller caller, UUID uuid, JsonNode body) {
        Offering offering = editable(caller, uuid);
        JsonBody request = JsonBody.of(body);
        UUID checklist = request.nullableUuid(CHECKLIST_FIELD, offering.complianceChecklist);
        request.throwIfAny();
        setChecklist(offering, checklist);
        return offering;
    }

    @Transactional
    public void delete(Caller caller, UUID uuid) {
        Offering offering = editable(caller, uuid);
        OfferingUser.<OfferingUser>find("select ou from OfferingUser ou join fetch ou.user where ou.offering = ?1", offering)
                .stream().forEach(ou -> {
                    offeringUserEvents.deleted(ou);
                    ou.delete();
                });
        events.deleted(offering);
        offering.delete();
    }

    private void setChecklist(Offering offering, UUID checklist) {
        if (Objects.equals(checklist, offering.complianceChecklist)) {
            return;
        }
        if (checklist != null) {
            checklists.requireOfferingCompliance(checklist, offering.uuid);
        }
        UUID previous = offering.complianceChecklist;
        offering.complianceChecklist = checklist;
        touch(offering);
        events.checklistChanged(offering, previous);
    }

    private static void touch(Offering offering) {
        offering.modified = Instant.now();
        offering.version++;
    }
}
