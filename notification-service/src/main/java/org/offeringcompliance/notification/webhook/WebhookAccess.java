package org.offeringcompliance.notification.webhook;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.security.Caller;

/** Who manages a customer's webhooks: staff, and the customer's owners and managers; to anyone else they do not exist. */
@ApplicationScoped
public class WebhookAccess {

    @Inject
    EntityManager em;

    public boolean manages(Caller caller, UUID customer) {
        return caller.staff() || managedCustomers(caller).contains(customer);
    }

    /** The subscription, when the caller manages it; otherwise 404. */
    public WebhookSubscription find(Caller caller, UUID uuid) {
        WebhookSubscription subscription = WebhookSubscription.find("uuid", uuid).firstResult();
        if (subscription == null || !manages(caller, subscription.customerUuid)) {
            throw ApiException.notFound();
        }
        return subscription;
    }

    /** The customers the caller owns or manages (staff see every customer's webhooks without being listed here). */
    public List<UUID> managedCustomers(Caller caller) {
        @SuppressWarnings("unchecked")
        List<UUID> customers = em.createNativeQuery("SELECT DISTINCT customer_uuid FROM customer_role "
                + "WHERE user_uuid = ?1 AND role IN ('owner', 'manager')").setParameter(1, caller.id())
                .getResultList();
        return customers;
    }
}
