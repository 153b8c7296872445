package org.offeringcompliance.checklist.marketplace;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Service providers and their customers, projected from marketplace.service_provider.created (native SQL: a plain
 * set of pairs; a provider never changes customer).
 */
@ApplicationScoped
public class ServiceProviderRef {

    @Inject
    EntityManager em;

    public Optional<UUID> customerOf(UUID provider) {
        @SuppressWarnings("unchecked")
        List<UUID> customers = em.createNativeQuery("SELECT customer_uuid FROM service_provider_ref WHERE provider_uuid = ?1",
                UUID.class).setParameter(1, provider).getResultList();
        return customers.stream().findFirst();
    }

    public void created(UUID provider, UUID customer) {
        em.createNativeQuery("INSERT INTO service_provider_ref (provider_uuid, customer_uuid) VALUES (?1, ?2) "
                + "ON CONFLICT DO NOTHING").setParameter(1, provider).setParameter(2, customer).executeUpdate();
    }
}
