package org.offeringcompliance.marketplace.customer;

import static org.offeringcompliance.common.api.Uuids.hex;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.offeringcompliance.common.events.Outbox;
import org.offeringcompliance.marketplace.messaging.EventData.CustomerData;
import org.offeringcompliance.marketplace.messaging.EventData.RoleData;
import org.offeringcompliance.marketplace.messaging.Topics;

/** Facts about customers and their role grants, written to the outbox inside the caller's transaction. */
@ApplicationScoped
public class CustomerEvents {

    @Inject
    Outbox outbox;

    public void created(Customer c) {
        customer("created", c);
    }

    public void updated(Customer c) {
        customer("updated", c);
    }

    private void customer(String what, Customer c) {
        outbox.publish(Topics.CUSTOMERS, "marketplace.customer." + what, hex(c.uuid),
                new CustomerData(hex(c.uuid), c.name, c.created, c.modified));
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
}
