package org.offeringcompliance.marketplace.customer;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An organisation; its members hold customer roles, and it may be a service provider. */
@Entity
@Table(name = "customer")
public class Customer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID uuid;
    public String name;
    public Instant created;
    public Instant modified;

    public static Customer findByUuid(UUID uuid) {
        return find("uuid", uuid).firstResult();
    }
}
