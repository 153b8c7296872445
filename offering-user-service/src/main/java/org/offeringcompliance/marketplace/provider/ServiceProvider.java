package org.offeringcompliance.marketplace.provider;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import org.offeringcompliance.marketplace.customer.Customer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Marks a customer as a service provider; at most one per customer. */
@Entity
@Table(name = "service_provider")
public class ServiceProvider extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID uuid;
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    public Customer customer;
    public Instant created;

    public static boolean existsFor(Customer customer) {
        return count("customer", customer) > 0;
    }
}
