package org.offeringcompliance.marketplace.offering;

import static org.offeringcompliance.common.api.Uuids.hex;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.offeringcompliance.common.events.Outbox;
import org.offeringcompliance.marketplace.messaging.EventData.OfferingData;
import org.offeringcompliance.marketplace.messaging.Topics;

/** Facts about offerings, written to the outbox inside the caller's transaction. */
@ApplicationScoped
public class OfferingEvents {

    @Inject
    Outbox outbox;

    public void created(Offering o) {
        offering("created", o, null);
    }

    public void updated(Offering o) {
        offering("updated", o, null);
    }

    public void deleted(Offering o) {
        offering("deleted", o, null);
    }

    /** Assigned (new checklist set, possibly replacing another) or removed (set to none). */
    public void checklistChanged(Offering o, UUID previous) {
        offering(o.complianceChecklist == null ? "checklist_removed" : "checklist_assigned", o, previous);
    }

    private void offering(String what, Offering o, UUID previous) {
        outbox.publish(Topics.OFFERINGS, "marketplace.offering." + what, hex(o.uuid), dataOf(o, previous));
    }

    public static OfferingData dataOf(Offering o, UUID previous) {
        return new OfferingData(hex(o.uuid), o.name, o.description, hex(o.customer.uuid), o.customer.name,
                hex(o.complianceChecklist), hex(previous), o.policy, o.version, o.created, o.modified);
    }
}
