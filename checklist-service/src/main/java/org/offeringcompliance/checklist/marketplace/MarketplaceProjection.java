package org.offeringcompliance.checklist.marketplace;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.offeringcompliance.checklist.completion.CompletionLifecycle;
import org.offeringcompliance.checklist.marketplace.MarketplaceEventData.OfferingData;
import org.offeringcompliance.checklist.marketplace.MarketplaceEventData.OfferingUserData;
import org.offeringcompliance.checklist.marketplace.MarketplaceEventData.RoleData;
import org.offeringcompliance.checklist.offering.OfferingChecklist;

/**
 * Applies marketplace facts to this service's own tables. Versions make every step safe to repeat and to receive
 * out of order: an older version never overwrites a newer one, and a deleted offering user stays deleted.
 */
@ApplicationScoped
public class MarketplaceProjection {

    @Inject
    CompletionLifecycle lifecycle;

    @Inject
    CustomerRoleRef roles;

    /** Records the offering's checklist; returns the checklist whose completions need backfilling, or null. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID applyOffering(String type, OfferingData data) {
        OfferingChecklist row = OfferingChecklist.findById(data.offering());
        if (row == null) {
            row = new OfferingChecklist();
            row.offeringUuid = data.offering();
            row.persist();
        } else if (row.version != null && row.version > data.version()) {
            return null;
        }
        row.version = data.version();
        row.checklistUuid = type.endsWith(".deleted") ? null : data.checklist();
        return row.checklistUuid;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyOfferingUser(String type, OfferingUserData data) {
        OfferingUserRef ref = OfferingUserRef.findById(data.offeringUser());
        if (type.endsWith(".deleted")) {
            ref = ref == null ? newRef(data) : ref;
            ref.deleted = true;
            ref.version = Math.max(ref.version, data.version());
            lifecycle.deleteAll(ref);
            return;
        }
        if (ref != null && (ref.deleted || ref.version > data.version())) {
            return;
        }
        ref = ref == null ? newRef(data) : ref;
        ref.version = data.version();
        ref.username = nonNull(data.username());
        ref.fullName = nonNull(data.userFullName());
        ref.email = nonNull(data.userEmail());
        if (OfferingChecklist.findById(ref.offeringUuid) == null && data.checklist() != null) {
            // The offering's own event has not arrived yet: trust the checklist this event carries until it does.
            OfferingChecklist provisional = new OfferingChecklist();
            provisional.offeringUuid = ref.offeringUuid;
            provisional.checklistUuid = data.checklist();
            provisional.version = 0L;
            provisional.persist();
        }
        lifecycle.ensureCurrent(ref);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyRole(String type, RoleData data) {
        UUID customer = MarketplaceEventData.uuid(data.customerUuid());
        UUID user = MarketplaceEventData.uuid(data.userUuid());
        if (type.endsWith(".granted")) {
            roles.grant(customer, user, data.role());
        } else if (type.endsWith(".revoked")) {
            roles.revoke(customer, user, data.role());
        }
    }

    private static OfferingUserRef newRef(OfferingUserData data) {
        OfferingUserRef ref = new OfferingUserRef();
        ref.offeringUserUuid = data.offeringUser();
        ref.offeringUuid = MarketplaceEventData.uuid(data.offeringUuid());
        ref.customerUuid = MarketplaceEventData.uuid(data.customerUuid());
        ref.userUuid = MarketplaceEventData.uuid(data.userUuid());
        ref.username = nonNull(data.username());
        ref.fullName = nonNull(data.userFullName());
        ref.email = nonNull(data.userEmail());
        ref.version = data.version();
        ref.persist();
        return ref;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
