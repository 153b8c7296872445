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

    public Caller current() {
        if (synced == null) {
            Caller caller = currentCaller.get();
            users.syncFromToken(caller);
            synced = caller;
        }
        return synced;
    }
}
