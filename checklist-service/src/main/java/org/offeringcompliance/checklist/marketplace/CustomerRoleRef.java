package org.offeringcompliance.checklist.marketplace;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Customer role grants, projected from the marketplace's role events (native SQL: a plain set of triples). */
@ApplicationScoped
public class CustomerRoleRef {

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<String> rolesOf(UUID user, UUID customer) {
        return em.createNativeQuery("SELECT role FROM customer_role_ref WHERE user_uuid = ?1 AND customer_uuid = ?2")
                .setParameter(1, user).setParameter(2, customer).getResultList();
    }

    public void grant(UUID customer, UUID user, String role) {
        em.createNativeQuery("INSERT INTO customer_role_ref (customer_uuid, user_uuid, role) VALUES (?1, ?2, ?3) "
                + "ON CONFLICT DO NOTHING").setParameter(1, customer).setParameter(2, user).setParameter(3, role)
                .executeUpdate();
    }

    public void revoke(UUID customer, UUID user, String role) {
        em.createNativeQuery("DELETE FROM customer_role_ref WHERE customer_uuid = ?1 AND user_uuid = ?2 AND role = ?3")
                .setParameter(1, customer).setParameter(2, user).setParameter(3, role).executeUpdate();
    }
}
