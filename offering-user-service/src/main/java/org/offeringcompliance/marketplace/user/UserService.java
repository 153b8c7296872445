package org.offeringcompliance.marketplace.user;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;

import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.security.Caller;

@ApplicationScoped
public class UserService {

    private static final Logger LOG = Logger.getLogger(UserService.class);

    static final String REALM = "compliance";

    @Inject
    Keycloak keycloak;

    @Inject
    EntityManager em;

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
        UserRepresentation found;
        try {
            found = keycloak.realm(REALM).users().get(id.toString()).toRepresentation();
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
        if (found == null || !Boolean.TRUE.equals(found.isEnabled())) {
            return Optional.empty();
        }
        // Concurrent requests may resolve the same user: the first insert wins, the others keep it.
        em.createNativeQuery("INSERT INTO directory_user (uuid, username, full_name, email, created, modified) "
                + "VALUES (?1, ?2, ?3, ?4, now(), now()) ON CONFLICT (uuid) DO NOTHING").setParameter(1, id)
                .setParameter(2, found.getUsername()).setParameter(3, fullName(found))
                .setParameter(4, found.getEmail() == null ? "" : found.getEmail()).executeUpdate();
        return Optional.of(DirectoryUser.findById(id));
    }

    /**
     * The caller's directory entry, created on first sight and refreshed from the token when it changed. The common
     * case, an entry that matches the token, is one read without a transaction; a change is one upsert, so concurrent
     * first requests of the same user cannot collide.
     */
    public DirectoryUser syncFromToken(Caller caller) {
        DirectoryUser known = DirectoryUser.findById(caller.id());
        if (known != null && caller.username().equals(known.username) && caller.fullName().equals(known.fullName)
                && caller.email().equals(known.email) && caller.staff() == known.staff
                && caller.support() == known.support) {
            return known;
        }
        upsert(caller);
        if (known == null) {
            return DirectoryUser.findById(caller.id());
        }
        em.refresh(known);
        return known;
    }

    @Transactional
    void upsert(Caller caller) {
        em.createNativeQuery("INSERT INTO directory_user (uuid, username, full_name, email, is_staff, is_support, "
                + "created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, now(), now()) ON CONFLICT (uuid) DO UPDATE SET "
                + "username = EXCLUDED.username, full_name = EXCLUDED.full_name, email = EXCLUDED.email, "
                + "is_staff = EXCLUDED.is_staff, is_support = EXCLUDED.is_support, modified = now() WHERE "
                + "(directory_user.username, directory_user.full_name, directory_user.email, directory_user.is_staff, "
                + "directory_user.is_support) IS DISTINCT FROM (EXCLUDED.username, EXCLUDED.full_name, EXCLUDED.email, "
                + "EXCLUDED.is_staff, EXCLUDED.is_support)")
                .setParameter(1, caller.id()).setParameter(2, caller.username()).setParameter(3, caller.fullName())
                .setParameter(4, caller.email()).setParameter(5, caller.staff()).setParameter(6, caller.support())
                .executeUpdate();
    }

    private static String fullName(UserRepresentation user) {
        String first = user.getFirstName() == null ? "" : user.getFirstName();
        String last = user.getLastName() == null ? "" : user.getLastName();
        return (first + " " + last).trim();
    }
}
