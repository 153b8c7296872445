package org.offeringcompliance.common.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * Bearer tokens this service has verified, with the identity OIDC made of each, until the token expires. OIDC verifies
 * the same token again on every request (its JSON parsing and the RSA signature): a quarter of a service's CPU under
 * {@code users/me} (benchmarks/profiles). {@link KnownTokens} answers a known token ahead of OIDC; any other token goes
 * on to OIDC, and {@link RememberVerifiedTokens} keeps what OIDC accepted. The key is the whole token.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** Bounds the memory: a few KB per token and identity. */
    static final int MAX_TOKENS = 10_000;

    record Verified(SecurityIdentity identity, Instant expiresAt) {

        Duration remaining() {
            return Duration.between(Instant.now(), expiresAt);
        }
    }

    private final Cache<String, Verified> tokens = Caffeine.newBuilder().maximumSize(MAX_TOKENS)
            .expireAfter(Expiry.<String, Verified>creating((token, verified) -> verified.remaining())).build();

    public Optional<SecurityIdentity> lookUp(String token) {
        Verified verified = tokens.getIfPresent(token);
        return verified != null && verified.expiresAt().isAfter(Instant.now())
                ? Optional.of(verified.identity())
                : Optional.empty();
    }

    /** Keeps an identity OIDC made of a token, without what belongs to the request it came with. */
    public void remember(String token, SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        QuarkusSecurityIdentity.Builder copy = QuarkusSecurityIdentity.builder().setPrincipal(jwt)
                .addRoles(identity.getRoles());
        identity.getCredentials().forEach(copy::addCredential);
        identity.getAttributes().forEach((name, value) -> {
            if (!(value instanceof RoutingContext)) {
                copy.addAttribute(name, value);
            }
        });
        tokens.put(token, new Verified(copy.build(), Instant.ofEpochSecond(jwt.getExpirationTime())));
    }

    /** The token of an Authorization header in exactly the form OIDC accepts ("Bearer " and the token). */
    public static Optional<String> bearer(String authorization) {
        return authorization != null && authorization.startsWith("Bearer ") && authorization.length() > 7
                ? Optional.of(authorization.substring(7))
                : Optional.empty();
    }
}
