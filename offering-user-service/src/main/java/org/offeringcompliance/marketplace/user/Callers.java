package org.offeringcompliance.marketplace.user;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.common.security.CurrentCaller;

/** The caller of this request, with their directory entry refreshed from the token once per request. */
@RequestScoped
public class Callers {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    UserService users;

    private Caller synced;
    private DirectoryUser entry;

    public Caller current() {
        if (synced == null) {
            Caller caller = currentCaller.get();
            entry = users.syncFromToken(caller);
            synced = caller;
        }
        return synced;
    }

    /** The caller's directory entry, as synced from the token. */
    public DirectoryUser entry() {
        current();
        return entry;
    }
}
