package org.offeringcompliance.marketplace.user;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.marketplace.user.KeycloakAdminClient.KeycloakUser;

@ApplicationScoped
public class UserService {

    private static final Logger LOG = Logger.getLogger(UserService.class);

    @Inject
    @RestClient
    KeycloakAdminClient keycloak;

    /**
     * The directory entry of a user referenced by uuid (add_user, new offering user): known already, or looked up in
     * Keycloak and recorded. Empty when Keycloak does not know the id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<DirectoryUser> findOrResolve(UUID id) {
        DirectoryUser known = DirectoryUser.findById(id);
        if (known != null) {
            return Optional.of(known);
        }
        KeycloakUser found;
        try {
            found = keycloak.get(id.toString());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            LOG.warnf("Keycloak user lookup failed with %d", e.getResponse().getStatus());
            throw new ApiException(503, "The user directory is unavailable, try again later.");
        } catch (RuntimeException e) {
            LOG.warnf("Keycloak user lookup failed: %s", e.toString());
            throw new ApiException(503, "The user directory is unavailable, try again later.");
        }
        if (found == null || !found.enabled()) {
            return Optional.empty();
        }
        DirectoryUser user = new DirectoryUser();
        user.uuid = id;
        user.username = found.username();
        user.fullName = found.fullName();
        user.email = found.email() == null ? "" : found.email();
        user.created = Instant.now();
        user.modified = user.created;
        user.persist();
        return Optional.of(user);
    }

    /** The caller's directory entry, created on first sight and refreshed from the token when it changed. */
    @Transactional
    public DirectoryUser syncFromToken(Caller caller) {
        DirectoryUser user = DirectoryUser.findById(caller.id());
        Instant now = Instant.now();
        if (user == null) {
            user = new DirectoryUser();
            user.uuid = caller.id();
            user.created = now;
            copy(caller, user, now);
            user.persist();
        } else if (!same(caller, user)) {
            copy(caller, user, now);
        }
        return user;
    }

    private static boolean same(Caller caller, DirectoryUser user) {
        return caller.username().equals(user.username) && caller.fullName().equals(user.fullName)
                && caller.email().equals(user.email) && caller.staff() == user.staff && caller.support() == user.support;
    }

    private static void copy(Caller caller, DirectoryUser user, Instant now) {
        user.username = caller.username();
        user.fullName = caller.fullName();
        user.email = caller.email();
        user.staff = caller.staff();
        user.support = caller.support();
        user.modified = now;
    }
}
