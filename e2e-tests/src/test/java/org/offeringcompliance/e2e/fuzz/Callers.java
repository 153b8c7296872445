package org.offeringcompliance.e2e.fuzz;

import java.util.List;
import java.util.Map;

/** Who sends a request: staff, the plain user, no one, or someone with a broken or oddly written token. */
final class Callers {

    enum Kind {
        STAFF, USER, ANONYMOUS,
        /** a token that must not be accepted */
        BROKEN,
        /** a valid token written oddly: may or may not be accepted */
        ODD
    }

    record Caller(Kind kind, List<Map.Entry<String, String>> headers, String note) {}

    /** An unsigned JWT (alg "none") that claims the staff role. */
    private static final String ALG_NONE = "eyJhbGciOiJub25lIn0."
            + "eyJzdWIiOiJ4IiwicmVhbG1fYWNjZXNzIjp7InJvbGVzIjpbInN0YWZmIl19fQ.";

    private final Fixtures fixtures;

    Callers(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    /** Staff, the plain user, or no one. */
    Gen<Caller> usual() {
        return Gen.<Caller>frequency().add(60, random -> bearer(Kind.STAFF, fixtures.staffToken(), "staff"))
                .add(25, random -> bearer(Kind.USER, fixtures.userToken(), "the plain user"))
                .add(15, Gen.constant(new Caller(Kind.ANONYMOUS, List.of(), "no token")));
    }

    /** The usual callers and broken or odd tokens. */
    Gen<Caller> any() {
        Gen<Caller> broken = random -> {
            String staff = fixtures.staffToken();
            List<String> values = List.of("Bearer " + staff + "x", "Bearer " + staff.substring(0, staff.length() - 2),
                    "Bearer ", "Bearer", "Bearer a.b.c", "Bearer " + ALG_NONE, "Basic YWRtaW46YWRtaW4=", "Token " + staff,
                    "Bearer " + "x".repeat(10_000), staff);
            String value = values.get(random.nextInt(values.size()));
            return new Caller(Kind.BROKEN, List.of(Map.entry("Authorization", value)), "a broken token");
        };
        Gen<Caller> odd = random -> {
            String staff = fixtures.staffToken();
            return switch (random.nextInt(3)) {
                case 0 -> new Caller(Kind.ODD, List.of(Map.entry("Authorization", "bearer " + staff)), "scheme in lower case");
                case 1 -> new Caller(Kind.ODD, List.of(Map.entry("Authorization", "Bearer  " + staff)), "two spaces");
                default -> new Caller(Kind.ODD, List.of(Map.entry("Authorization", "Bearer " + staff),
                        Map.entry("Authorization", "Bearer " + fixtures.userToken())), "two Authorization headers");
            };
        };
        return Gen.<Caller>frequency().add(70, usual()).add(20, broken).add(10, odd);
    }

    /** The token's holders, to show them as shell variables in replays rather than in the log. */
    Map<String, String> tokenNames() {
        return Map.of(fixtures.staffToken(), "STAFF_TOKEN", fixtures.userToken(), "USER_TOKEN");
    }

    private static Caller bearer(Kind kind, String token, String note) {
        return new Caller(kind, List.of(Map.entry("Authorization", "Bearer " + token)), note);
    }
}
