package org.offeringcompliance.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class RouteTableTest {

    private static final String OU = "/api/marketplace-offering-users/0f8fad5bd9cb469fa16570867728950e/";

    @Test
    void offeringUserActionsBelongToTheChecklistService() {
        for (String action : new String[]{"checklist", "completion_status", "submit_answers", "checklist_review",
                "completion_review_status", "review_completion"}) {
            assertEquals(Optional.of("checklist"), RouteTable.backendFor(OU + action + "/"), action);
        }
        assertEquals(Optional.of("marketplace"), RouteTable.backendFor(OU));
        assertEquals(Optional.of("marketplace"), RouteTable.backendFor("/api/marketplace-offering-users/"));
    }

    @Test
    void reportsBelongToTheReportingService() {
        assertEquals(Optional.of("reporting"),
                RouteTable.backendFor("/api/marketplace-service-providers/abc/compliance/compliance_overview/"));
        assertEquals(Optional.of("marketplace"), RouteTable.backendFor("/api/marketplace-service-providers/abc/"));
        assertEquals(Optional.of("reporting"),
                RouteTable.backendFor("/api/marketplace-offering-user-checklist-completions/"));
    }

    @Test
    void eachExportBelongsToTheServiceThatHoldsItsRows() {
        assertEquals(Optional.of("reporting"),
                RouteTable.backendFor("/api/marketplace-service-providers/abc/compliance/offering_users/export/"));
        assertEquals(Optional.of("checklist"),
                RouteTable.backendFor("/api/marketplace-service-providers/abc/compliance/answers/export/"));
        assertEquals(Optional.of("reporting"),
                RouteTable.backendFor("/api/marketplace-service-providers/abc/compliance/answers/"));
    }

    @Test
    void checklistAdministrationAndMarketplaceResources() {
        assertEquals(Optional.of("checklist"), RouteTable.backendFor("/api/checklists-admin/questions/"));
        assertEquals(Optional.of("marketplace"), RouteTable.backendFor("/api/customers/"));
        assertEquals(Optional.of("marketplace"), RouteTable.backendFor("/api/marketplace-public-offerings/x/"));
        assertTrue(RouteTable.backendFor("/api/unknown/").isEmpty());
        assertTrue(RouteTable.backendFor("/api/customersx/").isEmpty());
    }

    @Test
    void deadlinesBelongToTheServiceThatActsOnThem() {
        assertEquals(Optional.of("marketplace"),
                RouteTable.backendFor("/api/marketplace-provider-offerings/abc/compliance_policy/"));
        assertEquals(Optional.of("checklist"),
                RouteTable.backendFor("/api/marketplace-provider-offerings/abc/request_recertification/"));
        assertEquals(Optional.of("checklist"), RouteTable.backendFor("/api/completion-history/"));
        assertEquals(Optional.of("notification"), RouteTable.backendFor("/api/notifications/snooze/"));
        assertEquals(Optional.of("notification"), RouteTable.backendFor("/api/webhooks/abc/deliveries/def/redeliver/"));
        assertEquals(Optional.of("notification"),
                RouteTable.backendFor("/api/marketplace-service-providers/abc/compliance/remind/"));
    }
}
