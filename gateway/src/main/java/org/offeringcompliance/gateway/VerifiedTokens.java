package org.offeringcompliance.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Bearer tokens the gateway has verified, kept until they expire. A client sends the same token with every request, and
 * checking its signature and claims again was the largest part of the gateway's CPU per proxied request
 * (benchmarks/profiles). The key is the whole token, so a token that differs by one character is verified afresh; the
 * services verify every token themselves in any case.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** Bounds the memory: about 2 KB per token. */
    static final int MAX_TOKENS = 10_000;

    /** What the gateway needs of a verified token: whose it is (the rate limit's key) and until when it holds. */
    record Verified(String subject, Instant expiresAt) {

        Duration remaining() {
            return Duration.between(Instant.now(), expiresAt);
        }
    }

    private final Cache<String, Verified> tokens = Caffeine.newBuilder().maximumSize(MAX_TOKENS)
            .expireAfter(Expiry.<String, Verified>creating((token, verified) -> verified.remaining())).build();

    Optional<Verified> lookUp(String token) {
        Verified verified = tokens.getIfPresent(token);
        return verified != null && verified.expiresAt().isAfter(Instant.now()) ? Optional.of(verified) : Optional.empty();
    }

    /** Keeps a token OIDC has just accepted, with the subject and expiry of the identity made from it. */
    Optional<Verified> remember(String token, SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return Optional.empty();
        }
        String subject = jwt.getSubject() != null ? jwt.getSubject() : jwt.getName();
        Verified verified = new Verified(subject, Instant.ofEpochSecond(jwt.getExpirationTime()));
        tokens.put(token, verified);
        return Optional.of(verified);
    }

    /** The token of an Authorization header in exactly the form OIDC accepted it in ("Bearer " and the token). */
    static Optional<String> bearer(String authorization) {
        return authorization != null && authorization.startsWith("Bearer ") && authorization.length() > 7
                ? Optional.of(authorization.substring(7))
                : Optional.empty();
    }
}
