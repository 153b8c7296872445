package org.offeringcompliance.checklist.question;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.offeringcompliance.checklist.Admin.asStaff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.checklist.Admin;
import org.offeringcompliance.checklist.ChecklistTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(value = ChecklistTestResource.class, restrictToAnnotatedClass = false)
class QuestionResourceTest {

    static final String QUESTIONS = "/api/checklists-admin/questions/";
    static final List<String> TYPES = List.of("text_input", "text_area", "boolean", "number", "single_select",
            "multi_select", "date", "datetime", "email", "url", "phone_number", "country", "year", "rating");

    @Test
    void staffCreatesAQuestionWithEveryField() {
        String checklist = Admin.createChecklist("Every field");
        Map<String, Object> body = new HashMap<>();
        body.put("checklist", Admin.hyphenated(checklist));
        body.put("description", "How many servers?");
        body.put("question_type", "number");
        body.put("required", true);
        body.put("order", 7);
        body.put("user_guidance", "Count physical and virtual ones.");
        body.put("min_value", 1);
        body.put("max_value", 10.5);
        body.put("always_requires_review", true);
        body.put("review_answer_value", 5);
        body.put("operator", "equals");
        body.put("dependency_logic_operator", "or");
        asStaff().body(body).post(QUESTIONS).then().statusCode(201).body("uuid", matchesPattern("[0-9a-f]{32}"))
                .body("checklist", equalTo(checklist)).body("checklist_uuid", equalTo(checklist))
                .body("description", equalTo("How many servers?")).body("question_type", equalTo("number"))
                .body("required", equalTo(true)).body("order", equalTo(7))
                .body("user_guidance", equalTo("Count physical and virtual ones.")).body("min_value", equalTo(1))
                .body("max_value", equalTo(10.5f)).body("always_requires_review", equalTo(true))
                .body("review_answer_value", equalTo(5)).body("operator", equalTo("equals"))
                .body("dependency_logic_operator", equalTo("or")).body("question_options", hasSize(0))
                .body("created", matchesPattern("\\d{4}-.*Z")).body("modified", matchesPattern("\\d{4}-.*Z"));
        asStaff().get("/api/checklists-admin/{c}/", checklist).then().body("questions_count", equalTo(1))
                .body("required_questions_count", equalTo(1));
    }

    @Test
    void omittedFieldsTakeTheirDefaults() {
        String checklist = Admin.createChecklist("Defaults");
        asStaff().body(Map.of("checklist", checklist, "description", "Agree?", "question_type", "boolean")).post(QUESTIONS)
                .then().statusCode(201).body("required", equalTo(false)).body("order", equalTo(0))
                .body("user_guidance", equalTo("")).body("min_value", nullValue()).body("max_value", nullValue())
                .body("always_requires_review", equalTo(false)).body("review_answer_value", nullValue())
                .body("operator", nullValue()).body("dependency_logic_operator", equalTo("and"));
    }

    @Test
    void everyQuestionTypeOfTheApiIsAccepted() {
        String checklist = Admin.createChecklist("All types");
        for (String type : TYPES) {
            post(Map.of("checklist", checklist, "description", type, "question_type", type)).statusCode(201)
                    .body("question_type", equalTo(type));
        }
        for (String type : List.of("file", "likert", "Boolean", "")) {
            post(Map.of("checklist", checklist, "description", "x", "question_type", type)).statusCode(400)
                    .body("question_type[0]", equalTo("\"" + type + "\" is not a valid choice."));
        }
    }

    @Test
    void requiredFieldsAndReferences() {
        post(Map.of()).statusCode(400).body("checklist[0]", equalTo("This field is required."))
                .body("description[0]", equalTo("This field is required."))
                .body("question_type[0]", equalTo("This field is required."));
        post(Map.of("checklist", "not-a-uuid", "description", "x", "question_type", "boolean")).statusCode(400)
                .body("checklist[0]", equalTo("Must be a valid UUID."));
        post(Map.of("checklist", 42, "description", "x", "question_type", "boolean")).statusCode(400)
                .body("checklist[0]", equalTo("Must be a valid UUID."));
        post(Map.of("checklist", UUID.randomUUID().toString(), "description", "x", "question_type", "boolean"))
                .statusCode(400).body("checklist[0]", equalTo("Checklist not found."));
        String checklist = Admin.createChecklist("Blank");
        post(Map.of("checklist", checklist, "description", "  ", "question_type", "boolean")).statusCode(400)
                .body("description[0]", equalTo("This field may not be blank."));
    }

    @Test
    void wrongValueTypesAreFieldErrors() {
        String checklist = Admin.createChecklist("Types");
        Map<String, Object> body = new HashMap<>(Map.of("checklist", checklist, "description", 5, "question_type", "number"));
        body.put("required", "yes");
        body.put("order", 1.5);
        body.put("min_value", "1");
        body.put("max_value", true);
        body.put("always_requires_review", 1);
        body.put("user_guidance", List.of("x"));
        body.put("operator", 3);
        body.put("dependency_logic_operator", "xor");
        post(body).statusCode(400).body("description[0]", equalTo("Not a valid string."))
                .body("required[0]", equalTo("Must be a valid boolean."))
                .body("order[0]", equalTo("A valid integer is required."))
                .body("min_value[0]", equalTo("A valid number is required."))
                .body("max_value[0]", equalTo("A valid number is required."))
                .body("always_requires_review[0]", equalTo("Must be a valid boolean."))
                .body("user_guidance[0]", equalTo("Not a valid string."))
                .body("operator[0]", equalTo("\"3\" is not a valid choice."))
                .body("dependency_logic_operator[0]", equalTo("\"xor\" is not a valid choice."));
        post(Map.of("checklist", checklist, "description", "x", "question_type", "number", "order", -1)).statusCode(400)
                .body("order[0]", equalTo("Ensure this value is greater than or equal to 0."));
        post(Map.of("checklist", checklist, "description", "x", "question_type", "number", "min_value", 1.23456))
                .statusCode(400).body("min_value[0]", equalTo("Ensure that there are no more than 4 decimal places."));
        post(Map.of("checklist", checklist, "description", "x", "question_type", "number", "max_value", 1e17))
                .statusCode(400).body("max_value", hasSize(1));
        asStaff().body("{\"checklist\": ").post(QUESTIONS).then().statusCode(400).body("detail",
                equalTo("Malformed JSON or wrong value types in the request body."));
        asStaff().body("\"a string\"").post(QUESTIONS).then().statusCode(400).body("detail",
                equalTo("The request body must be a JSON object."));
        asStaff().get("/api/checklists-admin/{c}/", checklist).then().body("questions_count", equalTo(0));
    }

    @Test
    void operatorAndReviewValueGoTogether() {
        String checklist = Admin.createChecklist("Triggers");
        post(question(checklist, "text_input", Map.of("operator", "contains"))).statusCode(400)
                .body("review_answer_value[0]", equalTo("This field is required when operator is set."));
        post(question(checklist, "text_input", Map.of("review_answer_value", "secret"))).statusCode(400)
                .body("operator[0]", equalTo("This field is required when review_answer_value is set."));
        post(question(checklist, "text_input", Map.of("operator", "contains", "review_answer_value", List.of())))
                .statusCode(400).body("review_answer_value", hasSize(1));
        // Waldur's blank values mean "no trigger"
        post(question(checklist, "text_input", Map.of("operator", "", "review_answer_value", List.of()))).statusCode(201)
                .body("operator", nullValue()).body("review_answer_value", nullValue());
        post(question(checklist, "boolean", Map.of("operator", "equals", "review_answer_value", false))).statusCode(201)
                .body("review_answer_value", equalTo(false));
        post(question(checklist, "multi_select", Map.of("operator", "in", "review_answer_value", List.of("high"))))
                .statusCode(201).body("review_answer_value", equalTo(List.of("high")));
        post(question(checklist, "text_input", Map.of("operator", "between", "review_answer_value", 1))).statusCode(400)
                .body("operator[0]", equalTo("\"between\" is not a valid choice."));
    }

    @Test
    void operatorMustSuitTheQuestionType() {
        String checklist = Admin.createChecklist("Compatibility");
        Map<String, String> incompatible = Map.of("number", "contains", "text_input", "in", "single_select", "equals",
                "boolean", "not_in", "text_area", "equals");
        incompatible.forEach((type, operator) -> post(question(checklist, type,
                Map.of("operator", operator, "review_answer_value", List.of("x")))).statusCode(400)
                .body("operator[0]",
                        equalTo("Operator '" + operator + "' is not compatible with question type '" + type + "'.")));
        Map<String, String> compatible = Map.of("number", "not_equals", "email", "contains", "country", "in", "url",
                "equals", "multi_select", "not_in");
        compatible.forEach((type, operator) -> post(question(checklist, type,
                Map.of("operator", operator, "review_answer_value", List.of("x")))).statusCode(201));
    }

    @Test
    void minAndMaxOnlyOnNumericTypesAndInOrder() {
        String checklist = Admin.createChecklist("Ranges");
        for (String type : List.of("number", "year", "rating")) {
            post(question(checklist, type, Map.of("min_value", 1, "max_value", 1))).statusCode(201);
        }
        post(question(checklist, "number", Map.of("min_value", 5, "max_value", 4.9999))).statusCode(400)
                .body("min_value[0]", equalTo("Ensure min_value is less than or equal to max_value."));
        post(question(checklist, "text_input", Map.of("min_value", 1))).statusCode(400)
                .body("min_value[0]", equalTo("Only allowed for number, year and rating questions."));
        post(question(checklist, "boolean", Map.of("max_value", 1))).statusCode(400).body("max_value", hasSize(1))
                .body("$", not(hasKey("min_value")));
        post(question(checklist, "date", Map.of("min_value", -2.5))).statusCode(400).body("min_value", hasSize(1));
        post(question(checklist, "number", Map.of("min_value", -2.5))).statusCode(201).body("min_value", equalTo(-2.5f))
                .body("max_value", nullValue());
    }

    @Test
    void getPatchAndDelete() {
        String checklist = Admin.createChecklist("Lifecycle");
        String uuid = Admin.createQuestion(checklist, "number", 1, Map.of("min_value", 1, "max_value", 5));
        asStaff().get(QUESTIONS + "{q}/", Admin.hyphenated(uuid)).then().statusCode(200).body("uuid", equalTo(uuid))
                .body("max_value", equalTo(5));
        asStaff().get(QUESTIONS + "{q}/", "zzz").then().statusCode(404);
        asStaff().get(QUESTIONS + "{q}/", UUID.randomUUID().toString()).then().statusCode(404);

        String modified = asStaff().body(Map.of("description", "Renamed", "required", true))
                .patch(QUESTIONS + "{q}/", uuid).then().statusCode(200).body("description", equalTo("Renamed"))
                .body("required", equalTo(true)).body("min_value", equalTo(1)).body("order", equalTo(1)).extract()
                .path("modified");
        asStaff().get("/api/checklists-admin/{c}/", checklist).then().body("required_questions_count", equalTo(1));
        asStaff().body("{}").patch(QUESTIONS + "{q}/", uuid).then().statusCode(200).body("modified", equalTo(modified));

        asStaff().body(Map.of("min_value", 6)).patch(QUESTIONS + "{q}/", uuid).then().statusCode(400)
                .body("min_value", hasSize(1));
        asStaff().body(Map.of("question_type", "text_input")).patch(QUESTIONS + "{q}/", uuid).then().statusCode(400)
                .body("min_value[0]", equalTo("Only allowed for number, year and rating questions."));
        asStaff().body(Map.of("operator", "equals")).patch(QUESTIONS + "{q}/", uuid).then().statusCode(400)
                .body("review_answer_value", hasSize(1));
        asStaff().body(Map.of("checklist", Admin.createChecklist("Elsewhere"))).patch(QUESTIONS + "{q}/", uuid).then()
                .statusCode(400).body("checklist[0]", equalTo("This field cannot be changed."));
        asStaff().body(Map.of("checklist", Admin.hyphenated(checklist), "question_type", "rating", "min_value", 2,
                "max_value", 4, "operator", "equals", "review_answer_value", 3)).patch(QUESTIONS + "{q}/", uuid).then()
                .statusCode(200).body("question_type", equalTo("rating")).body("review_answer_value", equalTo(3));
        asStaff().body("[]").patch(QUESTIONS + "{q}/", uuid).then().statusCode(400);

        asStaff().delete(QUESTIONS + "{q}/", uuid).then().statusCode(204);
        asStaff().get(QUESTIONS + "{q}/", uuid).then().statusCode(404);
        asStaff().delete(QUESTIONS + "{q}/", uuid).then().statusCode(404);
        asStaff().get("/api/checklists-admin/{c}/", checklist).then().body("questions_count", equalTo(0))
                .body("required_questions_count", equalTo(0));
    }

    @Test
    void aSelectQuestionWithOptionsKeepsASelectType() {
        String checklist = Admin.createChecklist("Select");
        String uuid = Admin.createQuestion(checklist, "single_select", 1);
        Admin.createOption(uuid, "Yes", 1);
        asStaff().body(Map.of("question_type", "text_input")).patch(QUESTIONS + "{q}/", uuid).then().statusCode(400)
                .body("question_type", hasSize(1));
        asStaff().body(Map.of("question_type", "multi_select")).patch(QUESTIONS + "{q}/", uuid).then().statusCode(200)
                .body("question_options.label", contains("Yes"));
    }

    @Test
    void aQuestionOthersDependOnKeepsACompatibleType() {
        String checklist = Admin.createChecklist("Depended on");
        String parent = Admin.createQuestion(checklist, "boolean", 1);
        Admin.createDependency(Admin.createQuestion(checklist, "text_input", 2), parent, true, "equals");
        asStaff().body(Map.of("question_type", "text_area")).patch(QUESTIONS + "{q}/", parent).then().statusCode(400)
                .body("question_type", hasSize(1));
        asStaff().body(Map.of("question_type", "number")).patch(QUESTIONS + "{q}/", parent).then().statusCode(200);
    }

    @Test
    void listFiltersByChecklistAndOrders() {
        String checklist = Admin.createChecklist("Listed");
        String second = Admin.createQuestion(checklist, "boolean", 2);
        String first = Admin.createQuestion(checklist, "boolean", 1);
        String other = Admin.createQuestion(Admin.createChecklist("Not listed"), "boolean", 0);
        asStaff().get(QUESTIONS + "?checklist_uuid={c}", Admin.hyphenated(checklist)).then().statusCode(200)
                .header("X-Result-Count", "2").body("uuid", equalTo(List.of(first, second)));
        asStaff().get(QUESTIONS + "?checklist_uuid={c}&o=-order", checklist).then().statusCode(200).body("uuid",
                equalTo(List.of(second, first)));
        asStaff().get(QUESTIONS + "?page_size=300").then().statusCode(200).body("uuid", hasItem(other))
                .body("checklist_uuid", everyItem(matchesPattern("[0-9a-f]{32}")));
        asStaff().get(QUESTIONS + "?checklist_uuid=bad").then().statusCode(400).body("checklist_uuid[0]",
                equalTo("Must be a valid UUID."));
        asStaff().get(QUESTIONS + "?o=description").then().statusCode(400).body("o", hasSize(1));
        asStaff().head(QUESTIONS + "?checklist_uuid={c}", checklist).then().statusCode(200).header("X-Result-Count", "2");
        asStaff().get(QUESTIONS + "?checklist_uuid={c}&page=2", checklist).then().statusCode(404);
    }

    static Map<String, Object> question(String checklist, String type, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("checklist", checklist);
        body.put("description", type + " question");
        body.put("question_type", type);
        return body;
    }

    static ValidatableResponse post(Object body) {
        return asStaff().body(body).post(QUESTIONS).then();
    }
}
