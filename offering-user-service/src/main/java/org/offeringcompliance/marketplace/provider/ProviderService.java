package org.offeringcompliance.marketplace.provider;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.api.FieldErrors;
import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.marketplace.access.AccessPolicy;
import org.offeringcompliance.marketplace.access.Permission;
import org.offeringcompliance.marketplace.customer.Customer;

@ApplicationScoped
public class ProviderService {

    @Inject
    AccessPolicy access;

    @Inject
    ProviderEvents events;

    /** Registers the customer as a service provider: staff or the customer's owner, at most once per customer. */
    @Transactional
    public ServiceProvider create(Caller caller, String customerField) {
        FieldErrors errors = new FieldErrors();
        UUID customerUuid = errors.uuid("customer", customerField);
        errors.throwIfAny();
        Customer customer = Customer.findByUuid(customerUuid);
        if (customer == null || !access.canSee(caller, customer)) {
            throw ApiException.fieldError("customer", "Customer not found.");
        }
        if (!access.has(caller, customer, Permission.MANAGE_CUSTOMER)) {
            throw ApiException.forbidden();
        }
        if (ServiceProvider.existsFor(customer)) {
            throw ApiException.conflict("This customer is already a service provider.");
        }
        ServiceProvider provider = new ServiceProvider();
        provider.uuid = UUID.randomUUID();
        provider.customer = customer;
        provider.created = Instant.now();
        provider.persist();
        events.created(provider);
        return provider;
    }
}
