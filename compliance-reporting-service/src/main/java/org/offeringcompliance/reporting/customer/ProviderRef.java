package org.offeringcompliance.reporting.customer;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A service provider and the customer whose offerings it reports on. */
@Entity
@Table(name = "provider_ref")
public class ProviderRef extends PanacheEntityBase {

    @Id
    @Column(name = "provider_uuid")
    public UUID providerUuid;
    @Column(name = "customer_uuid")
    public UUID customerUuid;
}
