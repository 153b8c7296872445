package org.offeringcompliance.reporting.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * PostgreSQL advisory locks that keep concurrent consumers (several channels, several replicas) and a rebuild apart. Two
 * key spaces that never overlap: one bigint per offering, and (REBUILD_CLASS, n) pairs for the rebuild.
 */
@ApplicationScoped
public class ProjectionLocks {

    public static final int REBUILD_CLASS = 0x52454255;
    /** Held shared by every live event transaction and exclusively by a rebuild while it catches up and swaps. */
    public static final int SWAP = 0;
    /** Held by the one rebuild running in the whole cluster. */
    public static final int SINGLE_REBUILD = 1;
    private static final Object SHADOW_WRITE = new Object();

    @Inject
    EntityManager em;

    @Inject
    TransactionMemo memo;

    @Transactional(Transactional.TxType.MANDATORY)
    public void liveWrite() {
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock_shared(?1, ?2)").setParameter(1, REBUILD_CLASS)
                .setParameter(2, SWAP).getSingleResult();
    }

    /**
     * Marks the transaction as the rebuild's: the rebuild alone writes the shadow schema, so it takes no offering locks,
     * and taking them in event order would deadlock with live consumers that take them sorted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void shadowWrite() {
        memo.first(SHADOW_WRITE);
    }

    /** Serialises every change to one offering's rows (the offering, its users, their completions) until commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void offering(UUID offering) {
        if (memo.seen(SHADOW_WRITE) || !memo.first(offering)) {
            return; // held already: transaction-level advisory locks last until commit
        }
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?1)")
                .setParameter(1, offering.getMostSignificantBits() ^ offering.getLeastSignificantBits()).getSingleResult();
    }
}
