package org.offeringcompliance.marketplace.user;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.offeringcompliance.common.security.Caller;

@ApplicationScoped
public class UserService {

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
