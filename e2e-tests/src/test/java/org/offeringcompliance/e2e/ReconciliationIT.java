package org.offeringcompliance.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.offeringcompliance.testing.KeycloakUsers;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Projections damaged directly in their databases are found and repaired by reconciliation against their owners: the
 * checklist service's view of the marketplace (rows deleted, a checklist cleared, a phantom offering user added), then
 * the reports (a row deleted, a completion's figures and an offering's counters tampered with).
 */
class ReconciliationIT {

    static final KeycloakUsers KEYCLOAK = KeycloakUsers.local();
    static final String CHECKLIST_SERVICE = System.getProperty("checklist.url", "http://127.0.0.1:8082");
    static final String REPORTING_SERVICE = System.getProperty("reporting.url", "http://127.0.0.1:8083");

    @BeforeAll
    static void gateway() {
        RestAssured.baseURI = System.getProperty("gateway.url", "http://localhost:8080");
    }

    static RequestSpecification as(TestUser user) {
        return given().auth().oauth2(KEYCLOAK.token(user)).contentType("application/json");
    }

    @Test
    void damagedProjectionRowsAreFoundAndRepaired() throws SQLException {
        TestUser staff = KEYCLOAK.create("rec-staff", "staff");
        TestUser owner = KEYCLOAK.create("rec-owner");
        TestUser member = KEYCLOAK.create("rec-user");
        String customer = as(staff).body(Map.of("name", "Reconciled")).post("/api/customers/").then().statusCode(201)
                .extract().path("uuid");
        as(staff).body(Map.of("user", owner.hexId(), "role", "owner")).post("/api/customers/{c}/add_user/", customer)
                .then().statusCode(201);
        String provider = as(owner).body(Map.of("customer", customer)).post("/api/marketplace-service-providers/").then()
                .statusCode(201).extract().path("uuid");
        String offering = as(owner).body(Map.of("name", "Reconciled offering", "customer", customer))
                .post("/api/marketplace-provider-offerings/").then().statusCode(201).extract().path("uuid");
        String checklist = as(staff).body(Map.of("name", "Reconciled terms", "checklist_type", "offering_compliance"))
                .post("/api/checklists-admin/").then().statusCode(201).extract().path("uuid");
        as(staff).body(Map.of("checklist", checklist, "description", "Agree?", "question_type", "boolean", "required",
                true, "order", 1)).post("/api/checklists-admin/questions/").then().statusCode(201);
        as(owner).body(Map.of("compliance_checklist", checklist))
                .post("/api/marketplace-provider-offerings/{o}/update_compliance_checklist/", offering).then()
                .statusCode(200);
        String ou = as(owner).body(Map.of("offering", offering, "user", member.hexId()))
                .post("/api/marketplace-offering-users/").then().statusCode(201).extract().path("uuid");
        as(member).get("/api/marketplace-offering-users/{ou}/completion_status/", ou).then().statusCode(200);
        awaitRow("SELECT 1 FROM customer_role_ref WHERE customer_uuid = ?", uuid(customer));
        awaitRow("SELECT 1 FROM offering_checklist WHERE offering_uuid = ? AND checklist_uuid IS NOT NULL",
                uuid(offering));

        UUID phantom = UUID.randomUUID();
        try (Connection db = checklistDatabase()) {
            update(db, "DELETE FROM completion WHERE offering_user_uuid = ?", uuid(ou));
            update(db, "DELETE FROM offering_user_ref WHERE offering_user_uuid = ?", uuid(ou));
            update(db, "DELETE FROM customer_role_ref WHERE customer_uuid = ?", uuid(customer));
            update(db, "UPDATE offering_checklist SET checklist_uuid = NULL WHERE offering_uuid = ?", uuid(offering));
            update(db, "INSERT INTO offering_user_ref (offering_user_uuid, offering_uuid, customer_uuid, user_uuid, "
                    + "version) VALUES (?, ?, ?, ?, 1)", phantom, uuid(offering), uuid(customer), uuid(member.hexId()));
        }

        given().auth().oauth2(KEYCLOAK.token(staff)).post(CHECKLIST_SERVICE + "/internal/reconciliation").then()
                .statusCode(200).body("offerings", greaterThanOrEqualTo(1))
                .body("offering_users", greaterThanOrEqualTo(2)).body("roles", greaterThanOrEqualTo(1))
                .body("missing_completions", greaterThanOrEqualTo(1));

        as(owner).get("/api/marketplace-offering-users/{ou}/completion_review_status/", ou).then().statusCode(200);
        try (Connection db = checklistDatabase()) {
            assertEquals(1, count(db, "SELECT count(*) FROM completion WHERE offering_user_uuid = ?", uuid(ou)));
            assertEquals(1, count(db, "SELECT count(*) FROM offering_user_ref WHERE offering_user_uuid = ? AND deleted",
                    phantom), "the phantom offering user is a tombstone now");
        }
        given().auth().oauth2(KEYCLOAK.token(member)).post(CHECKLIST_SERVICE + "/internal/reconciliation").then()
                .statusCode(403);

        // The reports: a row deleted, a completion's figures and an offering's counters tampered with.
        String report = "/api/marketplace-service-providers/" + provider + "/compliance/";
        awaitReport(owner, report + "offering_users/", "[0].uuid", ou);
        try (Connection db = database("reporting")) {
            update(db, "UPDATE reporting.completion_fact SET completion_percentage = 33.3, is_completed = true "
                    + "WHERE offering_user_uuid = ?", uuid(ou));
            update(db, "DELETE FROM reporting.offering_user_report WHERE offering_user_uuid = ?", uuid(ou));
            update(db, "UPDATE reporting.offering_report SET completed_users = 42 WHERE offering_uuid = ?",
                    uuid(offering));
        }
        given().auth().oauth2(KEYCLOAK.token(staff)).post(REPORTING_SERVICE + "/internal/reconciliation").then()
                .statusCode(200).body("offering_users", greaterThanOrEqualTo(1))
                .body("completions", greaterThanOrEqualTo(1));
        as(owner).get(report + "offering_users/").then().statusCode(200).body("[0].uuid", equalTo(ou))
                .body("[0].completion_percentage", equalTo(0.0f)).body("[0].compliance_status", equalTo("pending"));
        as(owner).get(report + "compliance_overview/").then().statusCode(200).body("[0].total_users", equalTo(1))
                .body("[0].completed_users", equalTo(0)).body("[0].pending_users", equalTo(1));
    }

    private static void awaitReport(TestUser caller, String path, String field, String expected) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!expected.equals(as(caller).get(path).then().extract().path(field))) {
            assertTrue(System.currentTimeMillis() < deadline, "not in the report in time: " + path);
            sleep();
        }
    }

    private static void awaitRow(String sql, UUID value) throws SQLException {
        long deadline = System.currentTimeMillis() + 20_000;
        try (Connection db = checklistDatabase()) {
            while (count(db, sql.replace("SELECT 1", "SELECT count(*)"), value) == 0) {
                assertTrue(System.currentTimeMillis() < deadline, "not projected in time: " + sql);
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Connection checklistDatabase() throws SQLException {
        return database("checklist");
    }

    private static Connection database(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + System.getProperty("pg.port", "15432")
                + "/" + name, "compliance", "compliance");
    }

    private static void update(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static long count(Connection db, String sql, Object value) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static UUID uuid(String hex) {
        return UUID.fromString(hex.replaceFirst("(\\p{XDigit}{8})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}{4})(.+)",
                "$1-$2-$3-$4-$5"));
    }
}
