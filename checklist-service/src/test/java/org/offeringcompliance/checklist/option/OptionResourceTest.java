package org.offeringcompliance.checklist.option;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.offeringcompliance.checklist.Admin.asStaff;

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
class OptionResourceTest {

    static final String OPTIONS = "/api/checklists-admin/question-options/";

    @Test
    void selectQuestionsTakeOptionsShownByOrder() {
        String checklist = Admin.createChecklist("Options");
        String question = Admin.createQuestion(checklist, "single_select", 1);
        post(Map.of("question", Admin.hyphenated(question), "label", "High", "order", 2)).statusCode(201)
                .body("uuid", matchesPattern("[0-9a-f]{32}")).body("question", equalTo(question))
                .body("question_uuid", equalTo(question)).body("label", equalTo("High")).body("order", equalTo(2));
        String low = Admin.createOption(question, "Low", 1);
        asStaff().get("/api/checklists-admin/questions/{q}/", question).then().statusCode(200)
                .body("question_options.label", equalTo(List.of("Low", "High")))
                .body("question_options[0].uuid", equalTo(low)).body("question_options[0].order", equalTo(1));
        asStaff().get("/api/checklists-admin/{c}/questions/", checklist).then().body("[0].question_options", hasSize(2));
        post(Map.of("question", Admin.createQuestion(checklist, "multi_select", 2), "label", "Any")).statusCode(201)
                .body("order", equalTo(0));
    }

    @Test
    void onlySelectQuestionsTakeOptions() {
        String checklist = Admin.createChecklist("No options");
        for (String type : List.of("text_input", "boolean", "number", "country")) {
            post(Map.of("question", Admin.createQuestion(checklist, type, 1), "label", "A", "order", 1)).statusCode(400)
                    .body("question[0]", equalTo("Options are only allowed on single_select and multi_select questions."));
        }
    }

    @Test
    void invalidBodies() {
        String question = Admin.createQuestion(Admin.createChecklist("Invalid options"), "multi_select", 1);
        post(Map.of()).statusCode(400).body("question[0]", equalTo("This field is required."))
                .body("label[0]", equalTo("This field is required."));
        post(Map.of("question", question, "label", "", "order", -1)).statusCode(400)
                .body("label[0]", equalTo("This field may not be blank."))
                .body("order[0]", equalTo("Ensure this value is greater than or equal to 0."));
        post(Map.of("question", question, "label", "x".repeat(256), "order", "1")).statusCode(400)
                .body("label", hasSize(1)).body("order[0]", equalTo("A valid integer is required."));
        post(Map.of("question", "123", "label", "A")).statusCode(400).body("question[0]", equalTo("Must be a valid UUID."));
        post(Map.of("question", UUID.randomUUID().toString(), "label", "A")).statusCode(400)
                .body("question[0]", equalTo("Question not found."));
        asStaff().body("{\"label\": }").post(OPTIONS).then().statusCode(400).body("detail",
                equalTo("Malformed JSON or wrong value types in the request body."));
        asStaff().get("/api/checklists-admin/questions/{q}/", question).then().body("question_options", hasSize(0));
    }

    @Test
    void getPatchDelete() {
        String question = Admin.createQuestion(Admin.createChecklist("Option lifecycle"), "single_select", 1);
        String option = Admin.createOption(question, "Yes", 1);
        asStaff().get(OPTIONS + "{o}/", Admin.hyphenated(option)).then().statusCode(200).body("label", equalTo("Yes"));
        asStaff().get(OPTIONS + "{o}/", "x").then().statusCode(404);
        asStaff().body(Map.of("label", "Yes, always")).patch(OPTIONS + "{o}/", option).then().statusCode(200)
                .body("label", equalTo("Yes, always")).body("order", equalTo(1));
        asStaff().body(Map.of("order", 5, "question", question)).patch(OPTIONS + "{o}/", option).then().statusCode(200)
                .body("order", equalTo(5)).body("label", equalTo("Yes, always"));
        String other = Admin.createQuestion(Admin.createChecklist("Other options"), "single_select", 1);
        asStaff().body(Map.of("question", other)).patch(OPTIONS + "{o}/", option).then().statusCode(400)
                .body("question[0]", equalTo("This field cannot be changed."));
        asStaff().body(Map.of("label", " ")).patch(OPTIONS + "{o}/", option).then().statusCode(400).body("label",
                hasSize(1));
        asStaff().delete(OPTIONS + "{o}/", option).then().statusCode(204);
        asStaff().get(OPTIONS + "{o}/", option).then().statusCode(404);
        asStaff().body(Map.of("label", "Gone")).patch(OPTIONS + "{o}/", option).then().statusCode(404);
        asStaff().get("/api/checklists-admin/questions/{q}/", question).then().body("question_options", hasSize(0));
    }

    @Test
    void listFiltersByQuestion() {
        String question = Admin.createQuestion(Admin.createChecklist("Listed options"), "multi_select", 1);
        String b = Admin.createOption(question, "B", 2);
        String a = Admin.createOption(question, "A", 1);
        asStaff().get(OPTIONS + "?question_uuid={q}", question).then().statusCode(200).header("X-Result-Count", "2")
                .body("uuid", equalTo(List.of(a, b)));
        asStaff().get(OPTIONS + "?question_uuid={q}&o=-order", question).then().body("uuid", equalTo(List.of(b, a)));
        asStaff().get(OPTIONS + "?question_uuid=nope").then().statusCode(400).body("question_uuid", hasSize(1));
        asStaff().get(OPTIONS + "?o=uuid").then().statusCode(400);
        asStaff().head(OPTIONS + "?question_uuid={q}", question).then().statusCode(200).header("X-Result-Count", "2");
        asStaff().get(OPTIONS).then().statusCode(200);
    }

    static ValidatableResponse post(Object body) {
        return asStaff().body(body).post(OPTIONS).then();
    }
}
