package org.offeringcompliance.reporting.customer;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A customer's name as the latest event that carried it told (written by CustomerProjection). */
@Entity
@Table(name = "customer_ref")
public class CustomerRef extends PanacheEntityBase {

    @Id
    @Column(name = "customer_uuid")
    public UUID customerUuid;
    public String name;
    @Column(name = "name_time")
    public Instant nameTime;
}
