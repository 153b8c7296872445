package org.offeringcompliance.reporting.offeringuser;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Deleted offering users: only their uuids, so that a late event about one is ignored instead of reviving it. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Tombstones {

    @Inject
    EntityManager em;

    public boolean isDeleted(UUID offeringUser) {
        return !em.createNativeQuery("SELECT 1 FROM deleted_offering_user WHERE offering_user_uuid = ?1")
                .setParameter(1, offeringUser).getResultList().isEmpty();
    }

    public void bury(UUID offeringUser) {
        em.createNativeQuery("INSERT INTO deleted_offering_user (offering_user_uuid) VALUES (?1) ON CONFLICT DO NOTHING")
                .setParameter(1, offeringUser).executeUpdate();
    }
}
