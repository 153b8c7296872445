package org.offeringcompliance.marketplace.customer;

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

import org.offeringcompliance.marketplace.user.DirectoryUser;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A user's role in a customer: owner, manager or support. */
@Entity
@Table(name = "customer_role")
public class CustomerRole extends PanacheEntityBase {

    public static final String OWNER = "owner";
    public static final String MANAGER = "manager";
    public static final String SUPPORT = "support";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    public Customer customer;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_uuid")
    public DirectoryUser user;
    @Column(name = "role")
    public String role;
    public Instant created;

    public static boolean isValidRole(String role) {
        return OWNER.equals(role) || MANAGER.equals(role) || SUPPORT.equals(role);
    }

    public static java.util.List<String> rolesOf(UUID userUuid, Customer customer) {
        return find("select r.role from CustomerRole r where r.customer = ?1 and r.user.uuid = ?2", customer, userUuid)
                .project(String.class).list();
    }
}
