package org.offeringcompliance.reporting.customer;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One role a user holds on a customer (any role makes the user a member of it). */
@Entity
@Table(name = "customer_role")
@IdClass(CustomerRole.Key.class)
public class CustomerRole extends PanacheEntityBase {

    @Id
    @Column(name = "user_uuid")
    public UUID userUuid;
    @Id
    @Column(name = "customer_uuid")
    public UUID customerUuid;
    @Id
    public String role;

    /** The customers the user is a member of. */
    public static List<UUID> customersOf(UUID user) {
        return find("select distinct cr.customerUuid from CustomerRole cr where cr.userUuid = ?1", user)
                .project(UUID.class).list();
    }

    public static boolean isMember(UUID user, UUID customer) {
        return count("userUuid = ?1 and customerUuid = ?2", user, customer) > 0;
    }

    public static class Key implements Serializable {

        public UUID userUuid;
        public UUID customerUuid;
        public String role;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(userUuid, k.userUuid) && Objects.equals(customerUuid, k.customerUuid)
                    && Objects.equals(role, k.role);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userUuid, customerUuid, role);
        }
    }
}
