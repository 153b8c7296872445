package org.offeringcompliance.marketplace.messaging;

import static org.offeringcompliance.common.api.Uuids.hex;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.offeringcompliance.common.events.Outbox;
import org.offeringcompliance.marketplace.customer.Customer;
import org.offeringcompliance.marketplace.customer.CustomerRole;
import org.offeringcompliance.marketplace.messaging.EventData.CustomerData;
import org.offeringcompliance.marketplace.messaging.EventData.OfferingData;
import org.offeringcompliance.marketplace.messaging.EventData.OfferingUserData;
import org.offeringcompliance.marketplace.messaging.EventData.RoleData;
import org.offeringcompliance.marketplace.messaging.EventData.ServiceProviderData;
import org.offeringcompliance.marketplace.offering.Offering;
import org.offeringcompliance.marketplace.offeringuser.OfferingUser;
import org.offeringcompliance.marketplace.provider.ServiceProvider;

/** Every marketplace fact, written to the outbox inside the caller's transaction. */
@ApplicationScoped
public class MarketplaceEvents {

    @Inject
    Outbox outbox;

    public void customerCreated(Customer c) {
        customer("created", c);
    }

    public void customerUpdated(Customer c) {
        customer("updated", c);
    }

    private void customer(String what, Customer c) {
        outbox.publish(Topics.CUSTOMERS, "marketplace.customer." + what, hex(c.uuid),
                new CustomerData(hex(c.uuid), c.name, c.created, c.modified));
    }

    public void serviceProviderCreated(ServiceProvider p) {
        outbox.publish(Topics.CUSTOMERS, "marketplace.service_provider.created", hex(p.customer.uuid),
                new ServiceProviderData(hex(p.uuid), hex(p.customer.uuid), p.customer.name, p.created));
    }

    public void roleGranted(CustomerRole r) {
        role("granted", r);
    }

    public void roleRevoked(CustomerRole r) {
        role("revoked", r);
    }

    private void role(String what, CustomerRole r) {
        outbox.publish(Topics.CUSTOMERS, "marketplace.role." + what, hex(r.customer.uuid), dataOf(r));
    }

    public static RoleData dataOf(CustomerRole r) {
        return new RoleData(hex(r.customer.uuid), hex(r.user.uuid), r.user.username, r.user.fullName, r.user.email,
                r.role);
    }

    public void offeringCreated(Offering o) {
        offering("created", o, null);
    }

    public void offeringUpdated(Offering o) {
        offering("updated", o, null);
    }

    public void offeringDeleted(Offering o) {
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
                hex(o.complianceChecklist), hex(previous), o.version, o.created, o.modified);
    }

    public void offeringUserCreated(OfferingUser ou) {
        offeringUser("created", ou);
    }

    public void offeringUserUpdated(OfferingUser ou) {
        offeringUser("updated", ou);
    }

    public void offeringUserDeleted(OfferingUser ou) {
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
