package org.offeringcompliance.checklist.marketplace;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An offering user as the marketplace's events last described it. */
@Entity
@Table(name = "offering_user_ref")
public class OfferingUserRef extends PanacheEntityBase {

    @Id
    @Column(name = "offering_user_uuid")
    public UUID offeringUserUuid;
    @Column(name = "offering_uuid")
    public UUID offeringUuid;
    @Column(name = "customer_uuid")
    public UUID customerUuid;
    @Column(name = "user_uuid")
    public UUID userUuid;
    public String username;
    @Column(name = "full_name")
    public String fullName;
    public String email;
    public long version;
    public boolean deleted;
    /** When the marketplace created it (null for rows projected before this was kept). */
    public Instant created;

    /** A live (not deleted) offering user, or null. */
    public static OfferingUserRef live(UUID uuid) {
        OfferingUserRef ref = findById(uuid);
        return ref == null || ref.deleted ? null : ref;
    }
}
