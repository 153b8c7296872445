package org.offeringcompliance.e2e.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.offeringcompliance.e2e.fuzz.FuzzCases.FuzzCase;
import org.offeringcompliance.e2e.fuzz.OpenApiOperations.Operation;
import org.offeringcompliance.e2e.fuzz.RawClient.Answer;
import org.offeringcompliance.testing.KeycloakUsers;
import org.offeringcompliance.testing.LocalInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.RestAssured;

/**
 * Property-based fuzzing of the whole API through the gateway: every operation of the merged OpenAPI document gets
 * hostile bodies, path parameters, queries, headers, methods and callers, drawn from a seed. For every case: never a 5xx,
 * always a JSON body of the contract's shape, a 4xx for a caller without the right, and nothing written by a refused
 * write. -Dfuzz.tries sets the number of cases (default 1500), -Dfuzz.seed replays a run's draws.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FuzzIT {

    static final String GATEWAY = System.getProperty("gateway.url", "http://localhost:8080");
    static final int TRIES = Integer.parseInt(property("fuzz.tries", "1500"));
    static final long SEED = Long.parseLong(property("fuzz.seed", Long.toString(ThreadLocalRandom.current().nextLong())));
    static final FuzzStats STATS = new FuzzStats();
    static Fixtures fixtures;
    static FuzzCases cases;
    static FuzzRunner runner;

    @BeforeAll
    static void documentAndFixtures() {
        RestAssured.baseURI = GATEWAY;
        RawClient client = new RawClient(GATEWAY, STATS);
        List<Operation> operations = OpenApiOperations.read(mergedDocument(client));
        assertTrue(operations.size() >= 30, "the merged document lists only " + operations.size() + " operations");
        fixtures = Fixtures.create(KeycloakUsers.local());
        Callers callers = new Callers(fixtures);
        cases = new FuzzCases(operations, fixtures, new HostileValues(fixtures.allUuids()), callers);
        RefusedWrites writes = new RefusedWrites(operations, client, fixtures::staffToken, fixtures::lastWrite, STATS);
        runner = new FuzzRunner(client, writes, fixtures, callers, STATS, SEED, Path.of("target", "fuzz-failures"));
        System.out.printf("FuzzIT: %d operations in %s/api/openapi.json; %d cases from seed %d%n", operations.size(),
                GATEWAY, TRIES, SEED);
    }

    @Test
    @Order(1)
    void hostileBodiesNeverBreakTheContract() {
        check("bodies", cases.hostileBodies(), share(45));
    }

    @Test
    @Order(2)
    void hostilePathsAndQueriesNeverBreakTheContract() {
        check("paths", cases.hostilePathsAndQueries(), share(35));
    }

    @Test
    @Order(3)
    void oddHeadersMethodsAndCallersNeverBreakTheContract() {
        check("headers", cases.oddHeadersMethodsAndCallers(), share(20));
    }

    @AfterAll
    static void printHowManyCasesRan() {
        System.out.println(STATS.summary(SEED, fixtures == null ? 0 : fixtures.throwawaysCreated()));
    }

    private static JsonNode mergedDocument(RawClient client) {
        Answer answer = client.get("/api/openapi.json", null);
        assertEquals(200, answer.status(), "GET /api/openapi.json");
        JsonNode document = ResponseContract.parse(answer.body());
        assertNotNull(document, "/api/openapi.json is not JSON");
        assertFalse(document.has("x-missing-services"), "services missing from the document: "
                + document.path("x-missing-services"));
        return document;
    }

    private static void check(String family, Gen<FuzzCase> gen, int count) {
        List<String> failures = runner.run(family, gen, count);
        System.out.printf("FuzzIT %s: %d cases, %d failing%n", family, count, failures.size());
        assertTrue(failures.isEmpty(), () -> failures.size() + " failing " + family + " case(s) (seed " + SEED
                + ", -Dfuzz.seed=" + SEED + " draws them again).\n" + replayHelp() + "\n\n"
                + String.join("\n\n", failures));
    }

    private static String replayHelp() {
        String tokenUrl = LocalInfrastructure.Endpoints.ensureRunning().keycloak()
                + "/realms/compliance/protocol/openid-connect/token";
        return String.format("Replays read the tokens from the shell: STAFF_TOKEN=$(curl -s -d grant_type=password "
                + "-d client_id=compliance-cli -d username=%1$s -d password=%1$s %3$s | jq -r .access_token); "
                + "USER_TOKEN likewise with %2$s.", fixtures.staff.username(), fixtures.user.username(), tokenUrl);
    }

    private static int share(int percent) {
        return Math.max(1, TRIES * percent / 100);
    }

    /** A system property, blank counting as absent (failsafe passes an unset Maven property as ""). */
    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
