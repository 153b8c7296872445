package org.offeringcompliance.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Asked before OIDC's mechanism: a bearer token verified before is answered with its identity; anything else (no
 * answer) goes on to OIDC, which also sends the challenge of a refused request.
 */
@ApplicationScoped
public class KnownTokens implements HttpAuthenticationMechanism {

    @Inject
    VerifiedTokens verified;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return Uni.createFrom().item(VerifiedTokens.bearer(context.request().getHeader("Authorization"))
                .flatMap(verified::lookUp).orElse(null));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }
}
