package org.offeringcompliance.marketplace.provider;

import static org.offeringcompliance.common.api.Uuids.hex;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.offeringcompliance.common.events.Outbox;
import org.offeringcompliance.marketplace.messaging.EventData.ServiceProviderData;
import org.offeringcompliance.marketplace.messaging.Topics;

/** Facts about service providers (keyed by their customer), written to the outbox inside the caller's transaction. */
@ApplicationScoped
public class ProviderEvents {

    @Inject
    Outbox outbox;

    public void created(ServiceProvider p) {
        outbox.publish(Topics.CUSTOMERS, "marketplace.service_provider.created", hex(p.customer.uuid),
                new ServiceProviderData(hex(p.uuid), hex(p.customer.uuid), p.customer.name, p.created));
    }
}
