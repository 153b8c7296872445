package org.offeringcompliance.notification.mail;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The owners of a customer, with where to write to them (an empty address when no event gave one). */
@ApplicationScoped
public class CustomerOwners {

    public record Owner(UUID userUuid, String email, String fullName) {}

    @Inject
    EntityManager em;

    public List<Owner> of(UUID customer) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT cr.user_uuid, COALESCE(r.email, ''), "
                + "COALESCE(r.full_name, '') FROM customer_role cr LEFT JOIN recipient r ON r.user_uuid = cr.user_uuid "
                + "WHERE cr.customer_uuid = ?1 AND cr.role = 'owner' ORDER BY cr.user_uuid").setParameter(1, customer)
                .getResultList();
        return rows.stream().map(r -> new Owner((UUID) r[0], (String) r[1], (String) r[2])).toList();
    }
}
