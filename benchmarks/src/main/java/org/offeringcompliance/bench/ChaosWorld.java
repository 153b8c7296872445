package org.offeringcompliance.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.offeringcompliance.testing.KeycloakUsers.TestUser;

/**
 * What the chaos run works on, created through the gateway before any fault: a provider with an owner, offering A
 * whose checklist never changes, offering B whose checklist the load assigns and removes, and a pool of end users.
 */
record ChaosWorld(String customer, String provider, Login owner, String offeringA, String offeringB, String checklist,
        String termsQuestion, String purposeQuestion, List<Login> users, Map<String, String> userIds) {

    static final int USERS = 30;

    static ChaosWorld create(Stack stack) {
        String suffix = Long.toString(System.currentTimeMillis(), 36);
        TestUser ownerUser = stack.keycloak.create("chaos-owner");
        String customer = text(stack.gateway.post(stack.staff, "/api/customers/", Map.of("name", "Chaos " + suffix), 201),
                "uuid");
        stack.gateway.post(stack.staff, "/api/customers/" + customer + "/add_user/",
                Map.of("user", ownerUser.hexId(), "role", "owner"), 201);
        Login owner = stack.login(ownerUser.username());
        String provider = text(stack.gateway.post(owner, "/api/marketplace-service-providers/",
                Map.of("customer", customer), 201), "uuid");
        String checklist = text(stack.gateway.post(stack.staff, "/api/checklists-admin/",
                Map.of("name", "Chaos terms " + suffix, "checklist_type", "offering_compliance"), 201), "uuid");
        String terms = text(stack.gateway.post(stack.staff, "/api/checklists-admin/questions/", Map.of("checklist",
                checklist, "description", "Do you accept the terms?", "question_type", "boolean", "required", true,
                "order", 1, "operator", "equals", "review_answer_value", false), 201), "uuid");
        String purpose = text(stack.gateway.post(stack.staff, "/api/checklists-admin/questions/", Map.of("checklist",
                checklist, "description", "Purpose", "question_type", "text_input", "required", true, "order", 2), 201),
                "uuid");
        String offeringA = offering(stack, owner, customer, "A " + suffix);
        String offeringB = offering(stack, owner, customer, "B " + suffix);
        stack.gateway.post(owner, "/api/marketplace-provider-offerings/" + offeringA + "/update_compliance_checklist/",
                Map.of("compliance_checklist", checklist), 200);
        List<Login> users = new ArrayList<>();
        Map<String, String> ids = new java.util.HashMap<>();
        for (int i = 0; i < USERS; i++) {
            TestUser user = stack.keycloak.create("chaos-user");
            Login login = stack.login(user.username());
            login.token(); // fetched now: Keycloak is one of the parts killed later
            users.add(login);
            ids.put(user.username(), user.hexId());
        }
        owner.token();
        return new ChaosWorld(customer, provider, owner, offeringA, offeringB, checklist, terms, purpose,
                List.copyOf(users), Map.copyOf(ids));
    }

    private static String offering(Stack stack, Login owner, String customer, String name) {
        return text(stack.gateway.post(owner, "/api/marketplace-provider-offerings/",
                Map.of("name", name, "customer", customer), 201), "uuid");
    }

    private static String text(com.fasterxml.jackson.databind.JsonNode node, String field) {
        return node.get(field).asText();
    }
}
