package org.offeringcompliance.marketplace.offering;

import java.time.Instant;
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

import org.offeringcompliance.marketplace.customer.Customer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A provider's marketplace offering, optionally with a compliance checklist (owned by the checklist service). */
@Entity
@Table(name = "offering")
public class Offering extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID uuid;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    public Customer customer;
    public String name;
    public String description;
    @Column(name = "compliance_checklist")
    public UUID complianceChecklist;
    @jakarta.persistence.Embedded
    public CompliancePolicy policy = new CompliancePolicy();
    /** Bumped on every change, so consumers can ignore an older event that arrives late. */
    public long version;
    public Instant created;
    public Instant modified;

    public boolean hasComplianceRequirements() {
        return complianceChecklist != null;
    }
}
