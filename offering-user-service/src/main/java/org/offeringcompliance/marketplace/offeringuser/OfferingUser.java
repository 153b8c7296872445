package org.offeringcompliance.marketplace.offeringuser;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.offeringcompliance.marketplace.offering.Offering;
import org.offeringcompliance.marketplace.user.DirectoryUser;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A user's account on an offering; with a checklist on the offering, the user must complete it. */
@Entity
@Table(name = "offering_user")
public class OfferingUser extends PanacheEntityBase {

    public static final Set<String> STATES = Set.of("Requested", "Creating", "OK", "Pending account linking",
            "Pending additional validation", "Deleting", "Deleted", "Error");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID uuid;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "offering_id")
    public Offering offering;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_uuid")
    public DirectoryUser user;
    public String username;
    public String state;
    @Column(name = "is_restricted")
    public boolean restricted;
    public long version;
    public Instant created;
    public Instant modified;
}
