package org.offeringcompliance.e2e.fuzz;

import java.util.List;
import java.util.Optional;

import org.offeringcompliance.e2e.fuzz.OpenApiOperations.Operation;

/**
 * What API.md says the request bodies hold, with the limits the contract and the code set (names up to 255 characters,
 * decimals numeric(20,4), order a non-negative int). The OpenAPI document calls most bodies "JsonNode", so its schema
 * alone would leave the fuzz without fields to aim at. Valid values name the fixtures.
 */
final class ContractBodies {

    static final String[] CHECKLIST_TYPES = {"offering_compliance", "project_compliance", "proposal_compliance",
            "project_metadata"};
    static final String[] QUESTION_TYPES = {"text_input", "text_area", "boolean", "number", "single_select", "multi_select",
            "date", "datetime", "email", "url", "phone_number", "country", "year", "rating"};
    static final String[] OPERATORS = {"equals", "not_equals", "contains", "in", "not_in"};
    static final String[] STATES = {"Requested", "Creating", "OK", "Pending account linking",
            "Pending additional validation", "Deleting", "Deleted", "Error"};
    static final int NAME = 255;

    private final Fixtures f;

    ContractBodies(Fixtures fixtures) {
        this.f = fixtures;
    }

    /** The body of the operation: the contract's where it has one, else the schema's fields, else an empty object. */
    BodySpec bodyOf(Operation op) {
        return contract(op.method() + " " + op.template())
                .orElseGet(() -> new BodySpec(BodySpec.Shape.OBJECT, op.schemaFields()));
    }

    private Optional<BodySpec> contract(String operation) {
        List<Field> fields = switch (operation) {
            case "POST /api/customers", "PATCH /api/customers/{uuid}" -> List.of(Field.text("name", NAME, "Fuzz customer"));
            case "POST /api/customers/{uuid}/add_user", "POST /api/customers/{uuid}/delete_user" -> List.of(
                    Field.uuid("user", f.member.hexId()), Field.choice("role", "manager", "owner", "manager", "support"));
            case "POST /api/marketplace-service-providers" -> List.of(Field.uuid("customer", f.customer));
            case "POST /api/marketplace-provider-offerings" -> List.of(Field.text("name", NAME, "Fuzz offering"),
                    Field.text("description", null, "described"), Field.uuid("customer", f.customer));
            case "PATCH /api/marketplace-provider-offerings/{uuid}" -> List.of(Field.text("name", NAME, "Fuzz offering"),
                    Field.text("description", null, null));
            case "POST /api/marketplace-provider-offerings/{uuid}/update_compliance_checklist" -> List.of(
                    Field.uuid("compliance_checklist", f.checklist));
            case "POST /api/marketplace-offering-users" -> List.of(Field.uuid("offering", f.offering),
                    Field.uuid("user", f.member.hexId()), Field.text("username", NAME, "member"));
            case "PATCH /api/marketplace-offering-users/{uuid}" -> List.of(Field.choice("state", "OK", STATES),
                    Field.bool("is_restricted", false), Field.text("username", NAME, null));
            case "POST /api/checklists-admin", "PATCH /api/checklists-admin/{uuid}" -> List.of(
                    Field.text("name", NAME, "Fuzz checklist"), Field.text("description", null, null),
                    Field.choice("checklist_type", operation.startsWith("POST") ? "project_compliance" : null,
                            CHECKLIST_TYPES));
            case "POST /api/checklists-admin/questions", "PATCH /api/checklists-admin/questions/{uuid}" -> question(
                    operation.startsWith("POST"));
            case "POST /api/checklists-admin/question-options", "PATCH /api/checklists-admin/question-options/{uuid}" ->
                List.of(Field.uuid("question", operation.startsWith("POST") ? f.selectQuestion : null),
                        Field.text("label", NAME, "Fuzz option"), Field.integer("order", 0, Integer.MAX_VALUE, 5L));
            case "POST /api/checklists-admin/question-dependencies" -> List.of(Field.uuid("question", f.numberQuestion),
                    Field.uuid("depends_on_question", f.booleanQuestion), Field.any("required_answer_value", "true"),
                    Field.choice("operator", "equals", OPERATORS));
            case "POST /api/marketplace-offering-users/{uuid}/review_completion" -> List.of(
                    Field.text("review_notes", null, "fine"));
            case "PUT /api/marketplace-provider-offerings/{uuid}/compliance_policy" -> List.of(
                    Field.integer("due_days", 1, 365, 30L), Field.any("reminder_days", "[7,1,0]"),
                    Field.integer("overdue_every_days", 1, 30, 7L), Field.integer("escalate_after", 1, 20, 3L),
                    Field.integer("recertify_every_days", 30, 1825, 365L), Field.integer("grace_days", 0, 180, 14L));
            case "POST /api/marketplace-provider-offerings/{uuid}/request_recertification" -> List.of(
                    Field.integer("grace_days", 0, 180, null));
            case "POST /api/marketplace-service-providers/{uuid}/compliance/remind",
                    "POST /api/marketplace-service-providers/{provider}/compliance/remind" ->
                List.of(
                        Field.uuid("offering_uuid", f.offering),
                        Field.choice("compliance_status", "pending", "pending", "overdue"),
                        Field.uuidList("user_uuids", null), Field.text("message", 2000, "Please answer"));
            case "POST /api/notifications/snooze" -> List.of(Field.integer("days", 1, 30, 1L));
            case "POST /api/notifications/run" -> List.of(Field.datetime("now", null), Field.bool("dry_run", true));
            default -> null;
        };
        if (operation.equals("POST /api/marketplace-offering-users/{uuid}/submit_answers")) {
            return Optional.of(new BodySpec(BodySpec.Shape.ARRAY_OF_OBJECTS,
                    List.of(Field.uuid("question_uuid", f.booleanQuestion), Field.any("answer_data", "true"))));
        }
        return Optional.ofNullable(fields).map(list -> new BodySpec(BodySpec.Shape.OBJECT, list));
    }

    private List<Field> question(boolean create) {
        return List.of(Field.uuid("checklist", create ? f.spareChecklist : null),
                Field.text("description", null, "Fuzz question"),
                Field.choice("question_type", create ? "number" : null, QUESTION_TYPES),
                Field.bool("required", create ? false : null), Field.integer("order", 0, Integer.MAX_VALUE, 4L),
                Field.text("user_guidance", null, null), Field.decimal("min_value", create ? "0" : null),
                Field.decimal("max_value", create ? "10" : null), Field.bool("always_requires_review", null),
                Field.any("review_answer_value", null), Field.choice("operator", null, OPERATORS),
                Field.choice("dependency_logic_operator", null, "and", "or"));
    }
}
