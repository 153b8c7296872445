package org.offeringcompliance.bench;

import org.offeringcompliance.testing.KeycloakUsers;

/** The running stack as the benchmark sees it: the gateway, each service directly, and a staff login. */
final class Stack {

    static final String STAFF_USER = "demo-staff";

    final Endpoints endpoints;
    final KeycloakUsers keycloak;
    final Api gateway;
    final Api checklist;
    final Login staff;

    Stack(Endpoints endpoints) {
        this.endpoints = endpoints;
        this.keycloak = new KeycloakUsers(endpoints.keycloak());
        this.gateway = new Api(endpoints.gateway());
        this.checklist = new Api(endpoints.checklist());
        this.staff = new Login(keycloak, STAFF_USER, STAFF_USER);
    }

    Login login(String username) {
        return new Login(keycloak, username, username);
    }

    /** Current completions in the reports, as staff sees them (X-Result-Count of a HEAD on the list). */
    long completionCount() {
        Api.Reply reply = gateway.send("HEAD", staff, "/api/marketplace-offering-user-checklist-completions/", null);
        if (reply.status() != 200) {
            throw new IllegalStateException("HEAD completions: " + reply.status());
        }
        return Long.parseLong(reply.raw().headers().firstValue("X-Result-Count").orElseThrow());
    }
}
