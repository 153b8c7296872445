package org.offeringcompliance.marketplace.offeringuser;

import static org.offeringcompliance.common.api.Uuids.hex;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.offeringcompliance.common.events.Outbox;
import org.offeringcompliance.marketplace.messaging.EventData.OfferingUserData;
import org.offeringcompliance.marketplace.messaging.Topics;

/** Facts about offering users, written to the outbox inside the caller's transaction. */
@ApplicationScoped
public class OfferingUserEvents {

    @Inject
    Outbox outbox;

    public void created(OfferingUser ou) {
        offeringUser("created", ou);
    }

    public void updated(OfferingUser ou) {
        offeringUser("updated", ou);
    }

    public void deleted(OfferingUser ou) {
        offeringUser("deleted", ou);
    }

    private void offeringUser(String what, OfferingUser ou) {
        outbox.publish(Topics.OFFERING_USERS, "marketplace.offering_user." + what, hex(ou.uuid), dataOf(ou));
    }

    /** The offering user as its events describe it (also served to other services that have not seen them yet). */
    public static OfferingUserData dataOf(OfferingUser ou) {
        return new OfferingUserData(hex(ou.uuid), hex(ou.offering.uuid), ou.offering.name,
                hex(ou.offering.customer.uuid), hex(ou.user.uuid), ou.username, ou.user.fullName, ou.user.email,
                ou.state, ou.restricted, hex(ou.offering.complianceChecklist), ou.version, ou.created, ou.modified);
    }
}
