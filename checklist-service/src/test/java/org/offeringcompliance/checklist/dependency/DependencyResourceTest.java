package org.offeringcompliance.checklist.dependency;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
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
class DependencyResourceTest {

    static final String DEPENDENCIES = "/api/checklists-admin/question-dependencies/";
    static final String CYCLE = "Circular dependency detected.";

    @Test
    void staffCreatesADependency() {
        String checklist = Admin.createChecklist("Dependencies");
        String parent = Admin.createQuestion(checklist, "boolean", 1);
        String child = Admin.createQuestion(checklist, "text_input", 2);
        post(body(Admin.hyphenated(child), Admin.hyphenated(parent), true, "equals")).statusCode(201)
                .body("uuid", matchesPattern("[0-9a-f]{32}")).body("question", equalTo(child))
                .body("question_uuid", equalTo(child)).body("depends_on_question", equalTo(parent))
                .body("depends_on_question_uuid", equalTo(parent)).body("required_answer_value", equalTo(true))
                .body("operator", equalTo("equals")).body("created", matchesPattern("\\d{4}-.*Z"))
                .body("modified", matchesPattern("\\d{4}-.*Z"));
        String select = Admin.createQuestion(checklist, "multi_select", 3);
        post(Map.of("question", Admin.createQuestion(checklist, "text_area", 4), "depends_on_question", select,
                "required_answer_value", List.of("a", "b"), "operator", "in")).statusCode(201)
                .body("required_answer_value", equalTo(List.of("a", "b")));
        post(Map.of("question", child, "depends_on_question", Admin.createQuestion(checklist, "number", 5),
                "required_answer_value", 3)).statusCode(201).body("operator", equalTo("equals"));
    }

    @Test
    void cyclesAreRefused() {
        String checklist = Admin.createChecklist("Cycles");
        String a = Admin.createQuestion(checklist, "boolean", 1);
        String b = Admin.createQuestion(checklist, "boolean", 2);
        String c = Admin.createQuestion(checklist, "boolean", 3);
        post(body(a, a, true, "equals")).statusCode(400).body("depends_on_question[0]", equalTo(CYCLE));
        Admin.createDependency(b, a, true, "equals");
        post(body(a, b, true, "equals")).statusCode(400).body("depends_on_question[0]", equalTo(CYCLE));
        Admin.createDependency(c, b, false, "not_equals");
        post(body(a, c, true, "equals")).statusCode(400).body("depends_on_question[0]", equalTo(CYCLE));
        // a diamond is not a cycle
        Admin.createDependency(c, a, true, "equals");
        asStaff().get(DEPENDENCIES + "?checklist_uuid={c}", checklist).then().header("X-Result-Count", "3");
    }

    @Test
    void bothQuestionsMustBeInTheSameChecklist() {
        String mine = Admin.createQuestion(Admin.createChecklist("Mine"), "boolean", 1);
        String theirs = Admin.createQuestion(Admin.createChecklist("Theirs"), "boolean", 1);
        post(body(mine, theirs, true, "equals")).statusCode(400)
                .body("depends_on_question[0]", equalTo("Must be a question of the same checklist."));
    }

    @Test
    void theOperatorMustSuitTheQuestionDependedOn() {
        String checklist = Admin.createChecklist("Dependency operators");
        String child = Admin.createQuestion(checklist, "text_input", 1);
        post(body(child, Admin.createQuestion(checklist, "boolean", 2), "x", "contains")).statusCode(400)
                .body("operator[0]", equalTo("Operator 'contains' is not compatible with question type 'boolean'."));
        post(body(child, Admin.createQuestion(checklist, "single_select", 3), "x", "equals")).statusCode(400)
                .body("operator", hasSize(1));
        post(body(child, Admin.createQuestion(checklist, "text_area", 4), "x", "like")).statusCode(400)
                .body("operator[0]", equalTo("\"like\" is not a valid choice."));
    }

    @Test
    void invalidBodies() {
        String checklist = Admin.createChecklist("Invalid dependencies");
        String a = Admin.createQuestion(checklist, "boolean", 1);
        post(Map.of()).statusCode(400).body("question[0]", equalTo("This field is required."))
                .body("depends_on_question[0]", equalTo("This field is required."))
                .body("required_answer_value[0]", equalTo("This field is required."));
        Map<String, Object> nullValue = new HashMap<>(body(a, a, true, "equals"));
        nullValue.put("required_answer_value", null);
        post(nullValue).statusCode(400).body("required_answer_value[0]", equalTo("This field may not be null."));
        post(body("bad", a, true, "equals")).statusCode(400).body("question[0]", equalTo("Must be a valid UUID."));
        post(body(UUID.randomUUID().toString(), a, true, "equals")).statusCode(400)
                .body("question[0]", equalTo("Question not found."));
        post(body(a, UUID.randomUUID().toString(), true, "equals")).statusCode(400)
                .body("depends_on_question[0]", equalTo("Question not found."));
        asStaff().body("{").post(DEPENDENCIES).then().statusCode(400);
        asStaff().body("[]").post(DEPENDENCIES).then().statusCode(400);
    }

    @Test
    void getListAndDelete() {
        String checklist = Admin.createChecklist("Dependency lifecycle");
        String parent = Admin.createQuestion(checklist, "boolean", 1);
        String child = Admin.createQuestion(checklist, "boolean", 2);
        String grandchild = Admin.createQuestion(checklist, "boolean", 3);
        String first = Admin.createDependency(child, parent, true, "equals");
        String second = Admin.createDependency(grandchild, child, true, "equals");
        asStaff().get(DEPENDENCIES + "{d}/", Admin.hyphenated(first)).then().statusCode(200).body("uuid", equalTo(first));
        asStaff().get(DEPENDENCIES + "{d}/", "bad").then().statusCode(404);
        asStaff().get(DEPENDENCIES + "?question_uuid={q}", child).then().statusCode(200).body("uuid",
                equalTo(List.of(first)));
        asStaff().get(DEPENDENCIES + "?depends_on_question_uuid={q}", child).then().body("uuid", equalTo(List.of(second)));
        asStaff().get(DEPENDENCIES + "?checklist_uuid={c}&o=-created", checklist).then().body("uuid",
                equalTo(List.of(second, first)));
        asStaff().get(DEPENDENCIES + "?checklist_uuid=1").then().statusCode(400).body("checklist_uuid", hasSize(1));
        asStaff().get(DEPENDENCIES + "?o=operator").then().statusCode(400);
        asStaff().head(DEPENDENCIES + "?checklist_uuid={c}", checklist).then().statusCode(200).header("X-Result-Count", "2");
        asStaff().body("{}").patch(DEPENDENCIES + "{d}/", first).then().statusCode(405);

        asStaff().delete(DEPENDENCIES + "{d}/", first).then().statusCode(204);
        asStaff().get(DEPENDENCIES + "{d}/", first).then().statusCode(404);
        asStaff().delete(DEPENDENCIES + "{d}/", first).then().statusCode(404);
        // deleting a question takes the dependencies on it along
        asStaff().delete("/api/checklists-admin/questions/{q}/", child).then().statusCode(204);
        asStaff().get(DEPENDENCIES + "{d}/", second).then().statusCode(404);
    }

    static Map<String, Object> body(String question, String dependsOn, Object value, String operator) {
        return Map.of("question", question, "depends_on_question", dependsOn, "required_answer_value", value, "operator",
                operator);
    }

    static ValidatableResponse post(Object body) {
        return asStaff().body(body).post(DEPENDENCIES).then();
    }
}
