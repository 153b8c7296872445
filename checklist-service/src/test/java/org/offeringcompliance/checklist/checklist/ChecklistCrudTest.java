package org.offeringcompliance.checklist.checklist;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.offeringcompliance.checklist.Admin.asStaff;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.checklist.Admin;
import org.offeringcompliance.checklist.ChecklistTestResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ChecklistTestResource.class, restrictToAnnotatedClass = false)
class ChecklistCrudTest {

    static final String ISO_UTC = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z";

    @Inject
    EntityManager em;

    @Test
    void staffCreatesAChecklist() {
        asStaff().body(Map.of("name", "Security", "description", "Baseline controls", "checklist_type",
                "offering_compliance")).post("/api/checklists-admin/").then().statusCode(201)
                .body("uuid", matchesPattern("[0-9a-f]{32}")).body("name", equalTo("Security"))
                .body("description", equalTo("Baseline controls")).body("checklist_type", equalTo("offering_compliance"))
                .body("questions_count", equalTo(0)).body("required_questions_count", equalTo(0))
                .body("created", matchesPattern(ISO_UTC)).body("modified", matchesPattern(ISO_UTC));
    }

    @Test
    void everyChecklistTypeIsAcceptedAndDescriptionIsOptional() {
        for (String type : List.of("offering_compliance", "project_compliance", "proposal_compliance", "project_metadata")) {
            asStaff().body(Map.of("name", "Typed " + type, "checklist_type", type)).post("/api/checklists-admin/").then()
                    .statusCode(201).body("checklist_type", equalTo(type)).body("description", equalTo(""));
        }
    }

    @Test
    void invalidBodiesAre400AndCreateNothing() {
        long before = count();
        asStaff().body("{}").post("/api/checklists-admin/").then().statusCode(400)
                .body("name[0]", equalTo("This field is required."))
                .body("checklist_type[0]", equalTo("This field is required."));
        asStaff().body(Map.of("name", " ", "checklist_type", "offering_compliance")).post("/api/checklists-admin/").then()
                .statusCode(400).body("name[0]", equalTo("This field may not be blank."));
        asStaff().body(Map.of("name", "x".repeat(256), "checklist_type", "offering_compliance"))
                .post("/api/checklists-admin/").then().statusCode(400).body("name", hasSize(1));
        asStaff().body(Map.of("name", "Onboarding", "checklist_type", "onboarding_customer"))
                .post("/api/checklists-admin/").then().statusCode(400)
                .body("checklist_type[0]", equalTo("\"onboarding_customer\" is not a valid choice."));
        asStaff().body("{\"name\": 5, \"checklist_type\": null, \"description\": []}").post("/api/checklists-admin/").then()
                .statusCode(400).body("name[0]", equalTo("Not a valid string."))
                .body("checklist_type[0]", equalTo("This field may not be null."))
                .body("description[0]", equalTo("Not a valid string."));
        asStaff().body("{\"name\": ").post("/api/checklists-admin/").then().statusCode(400)
                .body("detail", equalTo("Malformed JSON or wrong value types in the request body."));
        asStaff().body("[{\"name\": \"x\"}]").post("/api/checklists-admin/").then().statusCode(400)
                .body("detail", equalTo("The request body must be a JSON object."));
        asStaff().contentType("text/plain").body("name=x").post("/api/checklists-admin/").then().statusCode(415)
                .body("detail", equalTo("Unsupported media type: send application/json."));
        assertEquals(before, count());
    }

    @Test
    void getAcceptsHexAndHyphenatedUuids() {
        String uuid = Admin.createChecklist("Readable");
        asStaff().get("/api/checklists-admin/{u}/", uuid).then().statusCode(200).body("uuid", equalTo(uuid))
                .body("name", equalTo("Readable"));
        asStaff().get("/api/checklists-admin/{u}/", Admin.hyphenated(uuid)).then().statusCode(200)
                .body("uuid", equalTo(uuid));
        asStaff().get("/api/checklists-admin/{u}/", "not-a-uuid").then().statusCode(404).body("detail",
                equalTo("Not found."));
        asStaff().get("/api/checklists-admin/{u}/", UUID.randomUUID().toString()).then().statusCode(404);
    }

    @Test
    void listFiltersByTypeOrdersAndPaginates() {
        String metadata = Admin.createChecklist("B metadata", "project_metadata");
        String compliance = Admin.createChecklist("A compliance", "offering_compliance");
        asStaff().get("/api/checklists-admin/?checklist_type=project_metadata&page_size=300").then().statusCode(200)
                .body("uuid", hasItem(metadata)).body("uuid", not(hasItem(compliance)))
                .body("checklist_type", everyItem(equalTo("project_metadata")));
        asStaff().get("/api/checklists-admin/?checklist_type=bogus").then().statusCode(400).body("checklist_type",
                hasSize(1));
        Admin.createChecklist("Zzzz ordered last");
        asStaff().get("/api/checklists-admin/?o=-name&page_size=1").then().statusCode(200).body("[0].name",
                equalTo("Zzzz ordered last"));
        asStaff().get("/api/checklists-admin/?o=checklist_type,-created&page_size=300").then().statusCode(200)
                .body("name", hasItem("Zzzz ordered last"));
        asStaff().get("/api/checklists-admin/?o=password").then().statusCode(400).body("o", hasSize(1));
        asStaff().get("/api/checklists-admin/?page_size=1&page=1").then().statusCode(200).body("$", hasSize(1))
                .header("Link", containsString("rel=\"next\"")).header("X-Result-Count", matchesPattern("\\d+"));
        asStaff().get("/api/checklists-admin/?page=100000").then().statusCode(404);
        asStaff().get("/api/checklists-admin/?page=zero").then().statusCode(400).body("page", hasSize(1));
        asStaff().head("/api/checklists-admin/?checklist_type=project_metadata").then().statusCode(200)
                .header("X-Result-Count", matchesPattern("[1-9]\\d*"));
    }

    @Test
    void patchChangesOnlyWhatIsGiven() {
        String uuid = Admin.createChecklist("Before");
        String modified = asStaff().get("/api/checklists-admin/{u}/", uuid).then().extract().path("modified");
        asStaff().body(Map.of("description", "Now described")).patch("/api/checklists-admin/{u}/", uuid).then()
                .statusCode(200).body("name", equalTo("Before")).body("description", equalTo("Now described"));
        String after = asStaff().body(Map.of("name", "After", "checklist_type", "project_compliance"))
                .patch("/api/checklists-admin/{u}/", uuid).then().statusCode(200).body("name", equalTo("After"))
                .body("checklist_type", equalTo("project_compliance")).body("description", equalTo("Now described"))
                .extract().path("modified");
        assertNotEquals(modified, after);
        asStaff().body("{\"name\": null, \"checklist_type\": \"bogus\"}").patch("/api/checklists-admin/{u}/", uuid).then()
                .statusCode(400).body("name[0]", equalTo("This field may not be null.")).body("checklist_type", hasSize(1));
        asStaff().body("{}").patch("/api/checklists-admin/{u}/", uuid).then().statusCode(200).body("name",
                equalTo("After"));
        asStaff().body("{}").patch("/api/checklists-admin/{u}/", UUID.randomUUID().toString()).then().statusCode(404);
    }

    @Test
    void deleteRemovesTheChecklistAndItsQuestions() {
        String uuid = Admin.createChecklist("Doomed");
        String question = Admin.createQuestion(uuid, "boolean", 1);
        asStaff().delete("/api/checklists-admin/{u}/", uuid).then().statusCode(204);
        asStaff().get("/api/checklists-admin/{u}/", uuid).then().statusCode(404);
        asStaff().get("/api/checklists-admin/questions/{q}/", question).then().statusCode(404);
        asStaff().delete("/api/checklists-admin/{u}/", uuid).then().statusCode(404);
        asStaff().delete("/api/checklists-admin/{u}/", "nope").then().statusCode(404);
    }

    @Test
    void aChecklistAnOfferingUsesCannotBeDeletedOrRetyped() {
        String uuid = Admin.createChecklist("In use");
        useInOffering(uuid);
        asStaff().delete("/api/checklists-admin/{u}/", uuid).then().statusCode(409)
                .body("detail", equalTo("The checklist is used by offerings and cannot be deleted."));
        asStaff().body(Map.of("checklist_type", "project_metadata")).patch("/api/checklists-admin/{u}/", uuid).then()
                .statusCode(409).body("detail", containsString("used by offerings"));
        asStaff().body(Map.of("name", "Still in use")).patch("/api/checklists-admin/{u}/", uuid).then().statusCode(200);
        asStaff().get("/api/checklists-admin/{u}/", uuid).then().statusCode(200).body("checklist_type",
                equalTo("offering_compliance"));
    }

    @Test
    void questionsOfAChecklistComeByOrder() {
        String checklist = Admin.createChecklist("Ordered");
        String third = Admin.createQuestion(checklist, "text_input", 3);
        String first = Admin.createQuestion(checklist, "boolean", 1);
        String second = Admin.createQuestion(checklist, "number", 2);
        Admin.createQuestion(Admin.createChecklist("Other"), "boolean", 0);
        asStaff().get("/api/checklists-admin/{u}/questions/", checklist).then().statusCode(200)
                .header("X-Result-Count", "3").body("uuid", equalTo(List.of(first, second, third)))
                .body("checklist_uuid", everyItem(equalTo(checklist)));
        asStaff().get("/api/checklists-admin/{u}/questions/?page_size=2&page=2", checklist).then().statusCode(200)
                .body("uuid", equalTo(List.of(third)));
        asStaff().head("/api/checklists-admin/{u}/questions/", checklist).then().statusCode(200).header("X-Result-Count",
                "3");
        asStaff().get("/api/checklists-admin/{u}/", checklist).then().body("questions_count", equalTo(3));
        asStaff().get("/api/checklists-admin/{u}/questions/", UUID.randomUUID().toString()).then().statusCode(404);
    }

    /** What the marketplace consumer will write when an offering is given this checklist. */
    void useInOffering(String checklist) {
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("INSERT INTO offering_checklist (offering_uuid, checklist_uuid, version) VALUES (?1, ?2, 1)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, UUID.fromString(Admin.hyphenated(checklist)))
                .executeUpdate());
    }

    private static long count() {
        return Long.parseLong(asStaff().head("/api/checklists-admin/").header("X-Result-Count"));
    }
}
