package org.offeringcompliance.marketplace.offeringuser;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.api.FieldErrors;
import org.offeringcompliance.common.api.JsonBody;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.marketplace.access.AccessPolicy;
import org.offeringcompliance.marketplace.access.Permission;
import org.offeringcompliance.marketplace.offering.Offering;
import org.offeringcompliance.marketplace.offeringuser.OfferingUserApi.OfferingUserRequest;
import org.offeringcompliance.marketplace.user.DirectoryUser;
import org.offeringcompliance.marketplace.user.UserService;

import com.fasterxml.jackson.databind.JsonNode;

@ApplicationScoped
public class OfferingUserService {

    @Inject
    AccessPolicy access;

    @Inject
    UserService users;

    @Inject
    OfferingUserEvents events;

    @Transactional
    public OfferingUser create(Caller caller, OfferingUserRequest request) {
        FieldErrors errors = new FieldErrors();
        UUID offeringUuid = errors.uuid("offering", request == null ? null : request.offering());
        UUID userUuid = errors.uuid("user", request == null ? null : request.user());
        String username = request == null ? null : request.username();
        if (username != null && username.length() > 255) {
            errors.add("username", "Ensure this field has no more than 255 characters.");
        } else if (username != null && FieldErrors.textProblem(username) != null) {
            errors.add("username", FieldErrors.textProblem(username));
        }
        errors.throwIfAny();
        // Shared lock: an offering being deleted waits for this user (and announces its deletion), or refuses it.
        Offering offering = Offering.<Offering>find("select o from Offering o join fetch o.customer where o.uuid = ?1",
                offeringUuid).withLock(LockModeType.PESSIMISTIC_READ).firstResult();
        if (offering == null || !access.canSee(caller, offering.customer)) {
            throw ApiException.fieldError("offering", "Offering not found.");
        }
        if (!access.has(caller, offering.customer, Permission.UPDATE_OFFERING_USER)) {
            throw ApiException.forbidden();
        }
        DirectoryUser user = users.findOrResolve(userUuid)
                .orElseThrow(() -> ApiException.fieldError("user", "User " + Uuids.hex(userUuid) + " does not exist."));
        if (OfferingUser.count("offering = ?1 and user = ?2", offering, user) > 0) {
            throw ApiException.conflict("This user already has an account on this offering.");
        }
        OfferingUser ou = new OfferingUser();
        ou.uuid = UUID.randomUUID();
        ou.offering = offering;
        ou.user = user;
        ou.username = username == null ? "" : username;
        ou.state = username == null || username.isBlank() ? "Requested" : "OK";
        ou.version = 1;
        ou.created = Instant.now();
        ou.modified = ou.created;
        ou.persist();
        events.created(ou);
        return ou;
    }

    /** The offering user if the caller may see it, else 404. */
    public OfferingUser visible(Caller caller, UUID uuid) {
        OfferingUser ou = OfferingUser.<OfferingUser>find("select ou from OfferingUser ou join fetch ou.offering o "
                + "join fetch o.customer join fetch ou.user where ou.uuid = ?1", uuid).firstResult();
        if (ou == null || !access.canSee(caller, ou)) {
            throw ApiException.notFound();
        }
        return ou;
    }

    /** For a write: the offering user re-read under its row lock, so versions follow the order of the writes. */
    private OfferingUser editable(Caller caller, UUID uuid) {
        OfferingUser ou = visible(caller, uuid);
        if (!access.has(caller, ou.offering.customer, Permission.UPDATE_OFFERING_USER)) {
            throw ApiException.forbidden();
        }
        OfferingUser.getEntityManager().refresh(ou, LockModeType.PESSIMISTIC_WRITE);
        return ou;
    }

    /** PATCH: state, is_restricted and username, each only when present. */
    @Transactional
    public OfferingUser update(Caller caller, UUID uuid, JsonNode body) {
        OfferingUser ou = editable(caller, uuid);
        JsonBody patch = JsonBody.of(body);
        String state = patch.choice("state", OfferingUser.STATES, ou.state);
        boolean restricted = patch.bool("is_restricted", ou.restricted);
        String username = patch.nonNullText("username", 255, ou.username);
        patch.throwIfAny();
        if (!state.equals(ou.state) || restricted != ou.restricted || !username.equals(ou.username)) {
            ou.state = state;
            ou.restricted = restricted;
            ou.username = username;
            ou.modified = Instant.now();
            ou.version++;
            events.updated(ou);
        }
        return ou;
    }

    @Transactional
    public void delete(Caller caller, UUID uuid) {
        OfferingUser ou = editable(caller, uuid);
        events.deleted(ou);
        ou.delete();
    }
}
