package org.offeringcompliance.marketplace.user;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A user as this service knows it: the Keycloak id and the details last seen in a token or the admin API. */
@Entity
@Table(name = "directory_user")
public class DirectoryUser extends PanacheEntityBase {

    @Id
    public UUID uuid;
    public String username;
    @Column(name = "full_name")
    public String fullName;
    public String email;
    @Column(name = "is_staff")
    public boolean staff;
    @Column(name = "is_support")
    public boolean support;
    public Instant created;
    public Instant modified;
}
