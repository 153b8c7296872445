package org.offeringcompliance.e2e.fuzz;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.awaitility.core.ConditionTimeoutException;
import org.offeringcompliance.testing.KeycloakUsers;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.restassured.specification.RequestSpecification;

/**
 * The objects the fuzz aims at, created through the API as staff, so that hostile requests reach real rows and not only
 * 404s: a provider's customer, an offering with a checklist of three questions (one with an option and a dependency), and
 * the plain user's offering user with its completion. DELETE gets a throwaway object of its own each time.
 */
final class Fixtures {

    final KeycloakUsers keycloak;
    final TestUser staff;
    /** A plain user: the offering user's user, so some of its calls are allowed. */
    final TestUser user;
    /** Named in bodies that add members or offering users; never a caller. */
    final TestUser member;
    String customer;
    String provider;
    String offering;
    String checklist;
    String booleanQuestion;
    String selectQuestion;
    String numberQuestion;
    String option;
    String dependency;
    String offeringUser;
    String completion;
    /** Takes the questions that POSTs add and the throwaways, so the offering's checklist stays as set up. */
    String spareChecklist;
    private int throwaways;
    private volatile long lastWrite = System.nanoTime();

    private Fixtures(KeycloakUsers keycloak) {
        this.keycloak = keycloak;
        this.staff = keycloak.create("fuzz-staff", "staff");
        this.user = keycloak.create("fuzz-user");
        this.member = keycloak.create("fuzz-member");
    }

    static Fixtures create(KeycloakUsers keycloak) {
        Fixtures f = new Fixtures(keycloak);
        f.customer = f.create("/api/customers/", Map.of("name", "Fuzz customer"));
        f.provider = f.create("/api/marketplace-service-providers/", Map.of("customer", f.customer));
        f.offering = f.create("/api/marketplace-provider-offerings/",
                Map.of("name", "Fuzz offering", "description", "aimed at by FuzzIT", "customer", f.customer));
        f.checklist = f.create("/api/checklists-admin/", Map.of("name", "Fuzz checklist", "checklist_type",
                "offering_compliance"));
        f.spareChecklist = f.create("/api/checklists-admin/", Map.of("name", "Fuzz spare", "checklist_type",
                "offering_compliance"));
        f.booleanQuestion = f.question(f.checklist, "Agree?", "boolean", true, 1, Map.of());
        f.selectQuestion = f.question(f.checklist, "Pick one", "single_select", false, 2, Map.of());
        f.numberQuestion = f.question(f.checklist, "How many?", "number", false, 3, Map.of("min_value", 0, "max_value", 10));
        f.option = f.create("/api/checklists-admin/question-options/",
                Map.of("question", f.selectQuestion, "label", "Yes", "order", 1));
        f.dependency = f.create("/api/checklists-admin/question-dependencies/", Map.of("question", f.selectQuestion,
                "depends_on_question", f.booleanQuestion, "required_answer_value", true, "operator", "equals"));
        assertEquals(200, f.assignChecklist(), "assigning the checklist to the offering");
        f.offeringUser = f.create("/api/marketplace-offering-users/",
                Map.of("offering", f.offering, "user", f.user.hexId(), "username", f.user.username()));
        f.completion = f.awaitCompletion();
        return f;
    }

    String staffToken() {
        return keycloak.token(staff);
    }

    String userToken() {
        return keycloak.token(user);
    }

    /** The fixture a path parameter after this collection segment names, if there is one. */
    Optional<String> real(String segment) {
        return Optional.ofNullable(switch (segment) {
            case "customers" -> customer;
            case "marketplace-service-providers" -> provider;
            case "marketplace-provider-offerings", "marketplace-public-offerings" -> offering;
            case "marketplace-offering-users" -> offeringUser;
            case "checklists-admin" -> checklist;
            case "questions" -> booleanQuestion;
            case "question-options" -> option;
            case "question-dependencies" -> dependency;
            case "marketplace-offering-user-checklist-completions" -> completion;
            case "users" -> user.hexId();
            default -> null;
        });
    }

    List<String> allUuids() {
        return List.of(customer, provider, offering, checklist, booleanQuestion, selectQuestion, numberQuestion, option,
                dependency, offeringUser, completion, user.hexId(), member.hexId());
    }

    /** A fresh object of the kind for a DELETE to remove, so the shared fixtures survive; empty for other kinds. */
    Optional<String> throwaway(String segment) {
        try {
            return Optional.ofNullable(createThrowaway(segment));
        } catch (AssertionError e) {
            System.out.println("FuzzIT: could not create a throwaway for " + segment + ", aiming at an unknown uuid: "
                    + e.getMessage());
            return Optional.empty();
        }
    }

    private String createThrowaway(String segment) {
        throwaways++;
        return switch (segment) {
            case "checklists-admin" -> create("/api/checklists-admin/",
                    Map.of("name", "Fuzz throwaway", "checklist_type", "project_compliance"));
            case "questions" -> question(spareChecklist, "Throwaway", "boolean", false, 1, Map.of());
            case "question-options" -> create("/api/checklists-admin/question-options/",
                    Map.of("question", question(spareChecklist, "Throwaway", "single_select", false, 1, Map.of()),
                            "label", "Throwaway", "order", 1));
            case "question-dependencies" -> create("/api/checklists-admin/question-dependencies/",
                    Map.of("question", question(spareChecklist, "Throwaway", "boolean", false, 2, Map.of()),
                            "depends_on_question", question(spareChecklist, "Cause", "boolean", false, 1, Map.of()),
                            "required_answer_value", true, "operator", "equals"));
            case "marketplace-provider-offerings" -> throwawayOffering();
            case "marketplace-offering-users" -> create("/api/marketplace-offering-users/",
                    Map.of("offering", throwawayOffering(), "user", member.hexId()));
            default -> {
                throwaways--;
                yield null;
            }
        };
    }

    int throwawaysCreated() {
        return throwaways;
    }

    /** When the fixtures last wrote (System.nanoTime()): their events may still be on their way. */
    long lastWrite() {
        return lastWrite;
    }

    /**
     * Puts back what an accepted write took from the fixtures: the checklist's type, and the offering's checklist. A repair
     * that fails is reported, not fatal: the run goes on with fewer allowed calls.
     */
    void repairAfterAccepted(String method, String template, Map<String, String> realValues) {
        String uuid = realValues.get("uuid");
        boolean checklistPatched = method.equals("PATCH") && template.equals("/api/checklists-admin/{uuid}")
                && checklist.equals(uuid);
        if (checklistPatched) {
            lastWrite = System.nanoTime();
            int status = as().body(Map.of("checklist_type", "offering_compliance"))
                    .patch("/api/checklists-admin/{c}/", checklist).statusCode();
            reportFailedRepair("the checklist's type", status);
        }
        if (checklistPatched || template.endsWith("/update_compliance_checklist") && offering.equals(uuid)) {
            lastWrite = System.nanoTime();
            reportFailedRepair("the offering's checklist", assignChecklist());
        }
    }

    private int assignChecklist() {
        return as().body(Map.of("compliance_checklist", checklist))
                .post("/api/marketplace-provider-offerings/{o}/update_compliance_checklist/", offering).statusCode();
    }

    private static void reportFailedRepair(String what, int status) {
        if (status != 200) {
            System.out.println("FuzzIT: could not put back " + what + " (" + status + ")");
        }
    }

    private String throwawayOffering() {
        return create("/api/marketplace-provider-offerings/", Map.of("name", "Fuzz throwaway", "customer", customer));
    }

    private String question(String checklist, String description, String type, boolean required, int order,
            Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.putAll(Map.of("checklist", checklist, "description", description, "question_type", type, "required",
                required, "order", order));
        return create("/api/checklists-admin/questions/", body);
    }

    private String create(String path, Map<String, ?> body) {
        lastWrite = System.nanoTime();
        return as().body(body).post(path).then().statusCode(201).extract().path("uuid");
    }

    /** The reports learn of the completion from events: wait for it, or aim at an unknown uuid if it is late. */
    private String awaitCompletion() {
        String path = "/api/marketplace-offering-user-checklist-completions/?offering_uuid=" + offering;
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> "1".equals(as().get(path).header("X-Result-Count")));
            return as().get(path).path("[0].uuid");
        } catch (ConditionTimeoutException e) {
            System.out.println("FuzzIT: no completion in the reports after 20 s; its path gets an unknown uuid");
            return UUID.randomUUID().toString().replace("-", "");
        }
    }

    private RequestSpecification as() {
        return given().auth().oauth2(staffToken()).contentType("application/json");
    }
}
