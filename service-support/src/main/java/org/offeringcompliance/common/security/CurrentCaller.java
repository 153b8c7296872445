package org.offeringcompliance.common.security;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** The authenticated {@link Caller} of the current request; anonymous requests that ask for one get a 401. */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            if (identity.isAnonymous() || token.getSubject() == null) {
                throw new UnauthorizedException();
            }
            caller = new Caller(UUID.fromString(token.getSubject()), claim("preferred_username", token.getSubject()),
                    claim("name", ""), claim("email", ""), identity.hasRole(Caller.STAFF), identity.hasRole(Caller.SUPPORT));
        }
        return caller;
    }

    private String claim(String name, String fallback) {
        Object value = token.getClaim(name);
        return value == null ? fallback : value.toString();
    }
}
