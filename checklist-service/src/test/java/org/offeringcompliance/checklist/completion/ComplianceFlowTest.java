package org.offeringcompliance.checklist.completion;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.offeringcompliance.checklist.Admin.KEYCLOAK;
import static org.offeringcompliance.checklist.Admin.as;
import static org.offeringcompliance.checklist.Admin.staff;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offeringcompliance.checklist.Admin;
import org.offeringcompliance.checklist.ChecklistTestResource;
import org.offeringcompliance.checklist.MarketplaceFeed;
import org.offeringcompliance.checklist.MarketplaceFeed.OfferingUser;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The compliance flow driven by real marketplace events on the real broker, answered with real tokens. */
@QuarkusTest
@QuarkusTestResource(value = ChecklistTestResource.class, restrictToAnnotatedClass = false)
class ComplianceFlowTest {

    static final String OU = "/api/marketplace-offering-users/{ou}/";

    String checklist;
    String boolQ;
    String textQ;
    String selectQ;
    String numberQ;
    String optionA;
    TestUser member;
    TestUser owner;
    TestUser custSupport;
    OfferingUser ou;

    @BeforeEach
    void checklistWithDependencies() {
        checklist = Admin.createChecklist("Flow " + MarketplaceFeed.hex());
        boolQ = Admin.createQuestion(checklist, "boolean", 1, Map.of("required", true, "operator", "equals",
                "review_answer_value", false, "description", "Do you accept the terms?"));
        textQ = Admin.createQuestion(checklist, "text_input", 2, Map.of("required", true));
        selectQ = Admin.createQuestion(checklist, "single_select", 3);
        optionA = Admin.createOption(selectQ, "A", 1);
        Admin.createOption(selectQ, "B", 2);
        numberQ = Admin.createQuestion(checklist, "number", 4, Map.of("required", true, "min_value", 0, "max_value", 10));
        as(staff()).body(Map.of("question", numberQ, "depends_on_question", boolQ, "required_answer_value", true,
                "operator", "equals")).post("/api/checklists-admin/question-dependencies/").then().statusCode(201);

        member = KEYCLOAK.create("member");
        owner = KEYCLOAK.create("owner");
        custSupport = KEYCLOAK.create("custsupport");
        ou = new OfferingUser(MarketplaceFeed.hex(), MarketplaceFeed.hex(), MarketplaceFeed.hex(), member.hexId());
        MarketplaceFeed.role(ou.customer(), owner.hexId(), "owner", true);
        MarketplaceFeed.role(ou.customer(), custSupport.hexId(), "support", true);
        MarketplaceFeed.checklistAssigned(ou.offering(), checklist, 2);
        ou.created(checklist, 1);
        awaitStatus(owner, 200);
    }

    private void awaitStatus(TestUser caller, int status) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(caller).get(OU + "checklist/", ou.offeringUser())
                .then().statusCode(status));
    }

    @Test
    void theUserSeesVisibleQuestionsAndAnswersThem() {
        as(member).get(OU + "checklist/", ou.offeringUser()).then().statusCode(200)
                .body("checklist.uuid", equalTo(checklist)).body("checklist.checklist_type", equalTo("offering_compliance"))
                .body("questions.uuid", contains(boolQ, textQ, selectQ))
                .body("questions[0].existing_answer", nullValue())
                .body("questions[0]", not(hasKey("operator"))).body("questions[0]", not(hasKey("review_answer_value")))
                .body("questions[2].question_options.label", contains("A", "B"))
                .body("completion.is_completed", equalTo(false)).body("completion.completion_percentage", equalTo(0.0f))
                .body("completion.unanswered_required_questions.uuid", containsInAnyOrder(boolQ, textQ));
        // with every question, a client has what it needs to show and hide them as answers change
        as(member).get(OU + "checklist/?include_all=true", ou.offeringUser()).then()
                .body("questions.uuid", contains(boolQ, textQ, selectQ, numberQ))
                .body("questions[0].dependencies", hasSize(0))
                .body("questions[0].dependency_logic_operator", equalTo("and"))
                .body("questions[3].dependencies[0].depends_on_question", equalTo(boolQ))
                .body("questions[3].dependencies[0].required_answer_value", equalTo(true))
                .body("questions[3].dependencies[0].operator", equalTo("equals"))
                .body("questions[3].min_value", equalTo(0)).body("questions[3].max_value", equalTo(10))
                .body("questions[1].min_value", nullValue());

        submit(member, List.of(Map.of("question_uuid", boolQ, "answer_data", true),
                Map.of("question_uuid", textQ, "answer_data", "ACME Ltd"))).statusCode(200)
                .body("detail", equalTo("Answers submitted successfully"))
                .body("completion.completion_percentage", equalTo(50.0f))
                .body("completion.is_completed", equalTo(false))
                .body("completion.unanswered_required_questions.uuid", contains(numberQ));
        submit(member, List.of(Map.of("question_uuid", numberQ, "answer_data", 7))).statusCode(200)
                .body("completion.is_completed", equalTo(true)).body("completion.completion_percentage", equalTo(75.0f));

        as(member).get(OU + "completion_status/", ou.offeringUser()).then().statusCode(200)
                .body("is_completed", equalTo(true)).body("unanswered_required_questions", hasSize(0))
                .body("checklist_name", equalTo(as(staff()).get("/api/checklists-admin/{c}/", checklist).path("name")));
        as(member).get(OU + "checklist/", ou.offeringUser()).then()
                .body("questions[1].existing_answer.answer_data", equalTo("ACME Ltd"))
                .body("questions[1].existing_answer.user", equalTo(member.hexId()))
                .body("questions[1].existing_answer", not(hasKey("requires_review")));
    }

    @Test
    void oneBadItemWritesNothingAndErrorsAlignWithTheInput() {
        submit(member, List.of(Map.of("question_uuid", textQ, "answer_data", "first"))).statusCode(200);
        submit(member, List.of(Map.of("question_uuid", textQ, "answer_data", "second"),
                Map.of("question_uuid", numberQ, "answer_data", "eleven"),
                Map.of("question_uuid", MarketplaceFeed.hex(), "answer_data", 1),
                Map.of("question_uuid", boolQ, "answer_data", "true"),
                Map.of("answer_data", 1))).statusCode(400)
                .body("$", hasSize(5)).body("[0]", equalTo(Map.of()))
                .body("[1].non_field_errors[0]", equalTo("Answer value 'eleven' is not valid for the question "
                        + "'number question 4' (type: number)."))
                .body("[2].question_uuid", hasSize(1)).body("[3].non_field_errors", hasSize(1))
                .body("[4].question_uuid[0]", equalTo("This field is required."));
        as(member).get(OU + "checklist/", ou.offeringUser()).then()
                .body("questions[1].existing_answer.answer_data", equalTo("first"));
        submit(member, Map.of("question_uuid", textQ)).statusCode(400);
        as(member).contentType(ContentType.JSON).body("{not json").post(OU + "submit_answers/", ou.offeringUser())
                .then().statusCode(400);
    }

    @Test
    void resubmittingUpdatesInPlaceAndNullDeletes() {
        String first = submit(member, List.of(Map.of("question_uuid", textQ, "answer_data", "v1"))).statusCode(200)
                .extract().path("completion.uuid");
        String answer = as(member).get(OU + "checklist/", ou.offeringUser()).path("questions[1].existing_answer.uuid");
        submit(member, List.of(Map.of("question_uuid", textQ, "answer_data", "v2"))).statusCode(200)
                .body("completion.uuid", equalTo(first));
        as(member).get(OU + "checklist/", ou.offeringUser()).then()
                .body("questions[1].existing_answer.uuid", equalTo(answer))
                .body("questions[1].existing_answer.answer_data", equalTo("v2"));
        java.util.HashMap<String, Object> delete = new java.util.HashMap<>();
        delete.put("question_uuid", textQ);
        delete.put("answer_data", null);
        submit(member, List.of(delete)).statusCode(200);
        as(member).get(OU + "checklist/", ou.offeringUser()).then().body("questions[1].existing_answer", nullValue());
    }

    @Test
    void answersAreCheckedAgainstTheChecklistAsItIsNowNotAsItWasCached() {
        submit(member, List.of(Map.of("question_uuid", selectQ, "answer_data", List.of(optionA)))).statusCode(200);
        String optionC = Admin.createOption(selectQ, "C", 3);
        submit(member, List.of(Map.of("question_uuid", selectQ, "answer_data", List.of(optionC)))).statusCode(200);
        as(staff()).delete("/api/checklists-admin/question-options/" + optionC + "/").then().statusCode(204);
        submit(member, List.of(Map.of("question_uuid", selectQ, "answer_data", List.of(optionC)))).statusCode(400);
        String extra = Admin.createQuestion(checklist, "text_input", 5, Map.of("required", true));
        submit(member, List.of(Map.of("question_uuid", extra, "answer_data", "new"))).statusCode(200);
    }

    @Test
    void reviewTriggersAreEvaluatedOnEveryWriteAndReviewersReview() {
        submit(member, List.of(Map.of("question_uuid", boolQ, "answer_data", true))).statusCode(200);
        as(owner).get(OU + "completion_review_status/", ou.offeringUser()).then().statusCode(200)
                .body("requires_review", equalTo(false));
        submit(member, List.of(Map.of("question_uuid", boolQ, "answer_data", false))).statusCode(200);
        as(owner).get(OU + "completion_review_status/", ou.offeringUser()).then().statusCode(200)
                .body("requires_review", equalTo(true))
                .body("review_trigger_summary[0].question_uuid", equalTo(boolQ))
                .body("review_trigger_summary[0].answer", equalTo(false))
                .body("review_trigger_summary[0].operator", equalTo("equals"));
        as(owner).get(OU + "checklist_review/", ou.offeringUser()).then().statusCode(200)
                .body("questions[0].operator", equalTo("equals"))
                .body("questions[0].existing_answer.requires_review", equalTo(true));
        as(owner).body(Map.of("review_notes", "Checked by phone")).post(OU + "review_completion/", ou.offeringUser())
                .then().statusCode(200).body("reviewed_by", equalTo(owner.hexId()))
                .body("review_notes", equalTo("Checked by phone")).body("reviewed_at", not(nullValue()));
        submit(member, List.of(Map.of("question_uuid", boolQ, "answer_data", true))).statusCode(200);
        as(owner).get(OU + "completion_review_status/", ou.offeringUser()).then().body("requires_review", equalTo(false));
    }

    @Test
    void whoMayDoWhat() {
        TestUser outsider = KEYCLOAK.create("outsider");
        TestUser globalSupport = Admin.support();
        for (String action : List.of("checklist/", "completion_status/", "checklist_review/",
                "completion_review_status/")) {
            as(outsider).get(OU + action, ou.offeringUser()).then().statusCode(404);
            as(custSupport).get(OU + action, ou.offeringUser()).then().statusCode(403);
            as(globalSupport).get(OU + action, ou.offeringUser()).then().statusCode(403);
            as(owner).get(OU + action, ou.offeringUser()).then().statusCode(200);
            as(staff()).get(OU + action, ou.offeringUser()).then().statusCode(200);
            io.restassured.RestAssured.given().get(OU + action, ou.offeringUser()).then().statusCode(401);
        }
        as(member).get(OU + "checklist_review/", ou.offeringUser()).then().statusCode(403);
        as(member).get(OU + "completion_review_status/", ou.offeringUser()).then().statusCode(403);
        as(member).body(Map.of("review_notes", "self")).post(OU + "review_completion/", ou.offeringUser()).then()
                .statusCode(403);
        submit(custSupport, List.of()).statusCode(403);
        submit(outsider, List.of()).statusCode(404);
        submit(owner, List.of(Map.of("question_uuid", textQ, "answer_data", "by the provider"))).statusCode(200);
        as(member).get("/api/marketplace-offering-users/not-a-uuid/checklist/").then().statusCode(404);
        MarketplaceFeed.role(ou.customer(), custSupport.hexId(), "manager", true);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(custSupport)
                .get(OU + "completion_review_status/", ou.offeringUser()).then().statusCode(200));
    }

    @Test
    void removingAndReassigningTheChecklistKeepsTheCompletion() {
        String completion = submit(member, List.of(Map.of("question_uuid", textQ, "answer_data", "kept"))).statusCode(200)
                .extract().path("completion.uuid");
        String removal = MarketplaceFeed.checklistAssigned(ou.offering(), null, 3);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(member)
                .get(OU + "completion_status/", ou.offeringUser()).then().statusCode(400)
                .body("detail", equalTo("No checklist configured for this object")));
        MarketplaceFeed.checklistAssigned(ou.offering(), checklist, 2);
        as(member).get(OU + "completion_status/", ou.offeringUser()).then().statusCode(400);
        MarketplaceFeed.checklistAssigned(ou.offering(), checklist, 4);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(member)
                .get(OU + "checklist/", ou.offeringUser()).then().statusCode(200)
                .body("completion.uuid", equalTo(completion))
                .body("questions[1].existing_answer.answer_data", equalTo("kept")));
        // The very same removal delivered again (same event id, older version) changes nothing.
        MarketplaceFeed.sendRaw("marketplace.offerings", ou.offering(), removal);
        MarketplaceFeed.sendRaw("marketplace.offerings", ou.offering(), removal);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> as(member)
                .get(OU + "checklist/", ou.offeringUser()).then().statusCode(200));
    }

    @Test
    void deletingTheOfferingUserDeletesItsCompletionAndDuplicatesChangeNothing() {
        submit(member, List.of(Map.of("question_uuid", textQ, "answer_data", "bye"))).statusCode(200);
        ou.deleted(2);
        awaitStatus(owner, 404);
        ou.created(checklist, 1);
        MarketplaceFeed.sendRaw("marketplace.offering-users", ou.offeringUser(), "this is not an event");
        OfferingUser next = new OfferingUser(MarketplaceFeed.hex(), ou.offering(), ou.customer(), owner.hexId());
        next.created(checklist, 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(owner).get(OU + "checklist/", next.offeringUser())
                .then().statusCode(200));
        as(owner).get(OU + "checklist/", ou.offeringUser()).then().statusCode(404);
    }

    @Test
    void assigningAChecklistBackfillsEveryExistingUser() {
        String offering = MarketplaceFeed.hex();
        List<OfferingUser> users = java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> new OfferingUser(MarketplaceFeed.hex(), offering, ou.customer(), MarketplaceFeed.hex()))
                .toList();
        users.forEach(u -> u.created(null, 1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(owner)
                .get(OU + "checklist/", users.get(2).offeringUser()).then().statusCode(400));
        MarketplaceFeed.checklistAssigned(offering, checklist, 2);
        for (OfferingUser u : users) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(owner)
                    .get(OU + "completion_status/", u.offeringUser()).then().statusCode(200)
                    .body("completion_percentage", equalTo(0.0f)));
        }
    }

    @Test
    void anOfferingUserSeenBeforeItsOfferingsChecklistEventGetsItsCompletion() {
        OfferingUser early = new OfferingUser(MarketplaceFeed.hex(), MarketplaceFeed.hex(), ou.customer(),
                MarketplaceFeed.hex());
        early.created(checklist, 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(owner)
                .get(OU + "completion_status/", early.offeringUser()).then().statusCode(200));
        String first = as(owner).get(OU + "completion_status/", early.offeringUser()).path("uuid");
        MarketplaceFeed.checklistAssigned(early.offering(), checklist, 1);
        MarketplaceFeed.checklistAssigned(early.offering(), checklist, 1);
        early.created(checklist, 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertEquals(first,
                as(owner).get(OU + "completion_status/", early.offeringUser()).path("uuid")));
    }

    private io.restassured.response.ValidatableResponse submit(TestUser user, Object body) {
        return as(user).body(body).post(OU + "submit_answers/", ou.offeringUser()).then();
    }
}
