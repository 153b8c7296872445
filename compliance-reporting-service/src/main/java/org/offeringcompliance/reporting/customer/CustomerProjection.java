package org.offeringcompliance.reporting.customer;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Customers, providers and role grants. Each change is one atomic statement that gives the same end state in any
 * order: names keep the latest event time, providers and grants are sets.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CustomerProjection {

    @Inject
    EntityManager em;

    /** A customer's name as of the event time; an older event never overwrites a newer name. */
    public void named(UUID customer, String name, Instant eventTime) {
        if (name == null) {
            return;
        }
        em.createNativeQuery("INSERT INTO customer_ref (customer_uuid, name, name_time) VALUES (?1, ?2, ?3) "
                + "ON CONFLICT (customer_uuid) DO UPDATE SET name = EXCLUDED.name, name_time = EXCLUDED.name_time "
                + "WHERE customer_ref.name_time < EXCLUDED.name_time").setParameter(1, customer).setParameter(2, name)
                .setParameter(3, eventTime).executeUpdate();
    }

    public void providerCreated(UUID provider, UUID customer) {
        em.createNativeQuery("INSERT INTO provider_ref (provider_uuid, customer_uuid) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, provider).setParameter(2, customer).executeUpdate();
    }

    public void granted(UUID customer, UUID user, String role) {
        em.createNativeQuery("INSERT INTO customer_role (customer_uuid, user_uuid, role) VALUES (?1, ?2, ?3) "
                + "ON CONFLICT DO NOTHING").setParameter(1, customer).setParameter(2, user).setParameter(3, role)
                .executeUpdate();
    }

    public void revoked(UUID customer, UUID user, String role) {
        em.createNativeQuery("DELETE FROM customer_role WHERE customer_uuid = ?1 AND user_uuid = ?2 AND role = ?3")
                .setParameter(1, customer).setParameter(2, user).setParameter(3, role).executeUpdate();
    }
}
