package org.offeringcompliance.common.security;

import java.util.UUID;

/**
 * Who is calling, from the bearer token: the Keycloak user id (sub) is the user's uuid everywhere; staff and support are
 * the realm's global roles.
 */
public record Caller(UUID id, String username, String fullName, String email, boolean staff, boolean support) {

    public static final String STAFF = "staff";
    public static final String SUPPORT = "support";

    /** Staff and global support may read everything. */
    public boolean seesEverything() {
        return staff || support;
    }
}
