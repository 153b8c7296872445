package org.offeringcompliance.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.quarkus.security.runtime.QuarkusSecurityIdentity;

class VerifiedTokensTest {

    @Test
    void aTokenIsKeptUntilItsExpiryAndNotAfter() {
        VerifiedTokens tokens = new VerifiedTokens();
        tokens.remember("live", identity("alice", Instant.now().plusSeconds(60)));
        tokens.remember("expired", identity("bob", Instant.now().minusSeconds(1)));
        assertEquals("alice", ((JsonWebToken) tokens.lookUp("live").orElseThrow().getPrincipal()).getSubject());
        assertTrue(tokens.lookUp("live").orElseThrow().hasRole("staff"));
        assertTrue(tokens.lookUp("expired").isEmpty());
        assertTrue(tokens.lookUp("unknown").isEmpty());
    }

    @Test
    void onlyTheExactBearerFormIsLookedUp() {
        assertEquals(Optional.of("abc"), VerifiedTokens.bearer("Bearer abc"));
        assertTrue(VerifiedTokens.bearer("bearer abc").isEmpty());
        assertTrue(VerifiedTokens.bearer("Bearer ").isEmpty());
        assertTrue(VerifiedTokens.bearer(null).isEmpty());
    }

    private static QuarkusSecurityIdentity identity(String subject, Instant expiresAt) {
        JsonWebToken jwt = new JsonWebToken() {
            @Override
            public String getName() {
                return subject;
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("sub", "exp");
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String claim) {
                return (T) switch (claim) {
                    case "sub" -> subject;
                    case "exp" -> Long.valueOf(expiresAt.getEpochSecond());
                    default -> null;
                };
            }
        };
        return QuarkusSecurityIdentity.builder().setPrincipal(jwt).addRole("staff").build();
    }
}
