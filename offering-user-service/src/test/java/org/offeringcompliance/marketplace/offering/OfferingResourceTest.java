package org.offeringcompliance.marketplace.offering;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.offeringcompliance.marketplace.Marketplace.KEYCLOAK;
import static org.offeringcompliance.marketplace.Marketplace.as;
import static org.offeringcompliance.marketplace.Marketplace.staff;

import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.marketplace.Marketplace;
import org.offeringcompliance.marketplace.Marketplace.Provider;
import org.offeringcompliance.marketplace.MarketplaceTestResource;
import org.offeringcompliance.marketplace.offering.ChecklistClient.ChecklistSummary;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.quarkus.test.InjectMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The checklist service is mocked here (fast tier); the e2e suite covers the real call. */
@QuarkusTest
@QuarkusTestResource(value = MarketplaceTestResource.class, restrictToAnnotatedClass = false)
class OfferingResourceTest {

    static final String OFFERINGS = "/api/marketplace-provider-offerings/";
    static final String COMPLIANCE = UUID.randomUUID().toString();
    static final String PROJECT = UUID.randomUUID().toString();

    @InjectMock
    @RestClient
    ChecklistClient checklists;

    @BeforeEach
    void checklistService() {
        doThrow(new NotFoundException()).when(checklists).reserve(anyString(), any());
        doReturn(new ChecklistSummary(COMPLIANCE, "GDPR", "offering_compliance")).when(checklists).reserve(eq(COMPLIANCE),
                any());
        doReturn(new ChecklistSummary(PROJECT, "Project", "project_compliance")).when(checklists).reserve(eq(PROJECT), any());
    }

    @Test
    void ownersAndManagersCreateOfferingsOfProviders() {
        Provider p = Marketplace.provider("Creators");
        as(p.manager()).body(Map.of("name", "By manager", "customer", p.customer())).post(OFFERINGS).then()
                .statusCode(201).body("customer_uuid", equalTo(p.customer())).body("compliance_checklist", nullValue())
                .body("has_compliance_requirements", equalTo(false)).body("description", equalTo(""));
        as(p.support()).body(Map.of("name", "By support", "customer", p.customer())).post(OFFERINGS).then()
                .statusCode(403);
        as(KEYCLOAK.create("outsider")).body(Map.of("name", "x", "customer", p.customer())).post(OFFERINGS).then()
                .statusCode(400).body("customer[0]", equalTo("Customer not found."));
        String plainCustomer = Marketplace.createCustomer("Not a provider");
        as(staff()).body(Map.of("name", "x", "customer", plainCustomer)).post(OFFERINGS).then().statusCode(400)
                .body("customer[0]", equalTo("The customer is not a service provider."));
        as(staff()).body(Map.of("customer", p.customer())).post(OFFERINGS).then().statusCode(400)
                .body("name[0]", equalTo("This field is required."));
    }

    @Test
    void membersSeeTheirProvidersOfferingsOthersGet404() {
        Provider p = Marketplace.provider("Visible");
        Provider other = Marketplace.provider("Elsewhere");
        as(p.support()).get(OFFERINGS + "{o}/", p.offering()).then().statusCode(200);
        as(p.support()).get(OFFERINGS).then().body("uuid", hasItem(p.offering()))
                .body("uuid", not(hasItem(other.offering())));
        as(other.owner()).get(OFFERINGS + "{o}/", p.offering()).then().statusCode(404);
        as(p.member()).get(OFFERINGS + "{o}/", p.offering()).then().statusCode(404);
        as(KEYCLOAK.create("gsupport", "support")).get(OFFERINGS + "{o}/", p.offering()).then().statusCode(200);
    }

    @Test
    void theNameFilterMatchesPercentAndUnderscoreLiterally() {
        Provider p = Marketplace.provider("Literal");
        Marketplace.createOffering(p.customer(), "Rate 100%");
        Marketplace.createOffering(p.customer(), "Rate 1000");
        Marketplace.createOffering(p.customer(), "Rate_A");
        String base = OFFERINGS + "?customer_uuid=" + p.customer() + "&name=";
        as(p.owner()).urlEncodingEnabled(false).get(base + "100%25").then().statusCode(200)
                .body("name", org.hamcrest.Matchers.contains("Rate 100%"));
        as(p.owner()).urlEncodingEnabled(false).get(base + "e_").then().statusCode(200)
                .body("name", org.hamcrest.Matchers.contains("Rate_A"));
        as(p.owner()).urlEncodingEnabled(false).get(base + "%25").then().statusCode(200)
                .body("name", org.hamcrest.Matchers.contains("Rate 100%"));
    }

    @Test
    void patchAndDeleteNeedOwnerOrManager() {
        Provider p = Marketplace.provider("Editing");
        as(p.support()).body(Map.of("name", "Renamed")).patch(OFFERINGS + "{o}/", p.offering()).then().statusCode(403);
        as(p.manager()).body(Map.of("name", "Renamed", "description", "New")).patch(OFFERINGS + "{o}/", p.offering())
                .then().statusCode(200).body("name", equalTo("Renamed")).body("description", equalTo("New"));
        as(p.owner()).body(Map.of("name", "")).patch(OFFERINGS + "{o}/", p.offering()).then().statusCode(400);
        as(p.owner()).body("{\"name\": 5, \"description\": null, \"compliance_checklist\": 5}")
                .patch(OFFERINGS + "{o}/", p.offering()).then().statusCode(400)
                .body("name[0]", equalTo("Not a valid string.")).body("description", nullValue())
                .body("compliance_checklist[0]", equalTo("Must be a valid UUID."));
        as(p.support()).delete(OFFERINGS + "{o}/", p.offering()).then().statusCode(403);
        as(p.owner()).delete(OFFERINGS + "{o}/", p.offering()).then().statusCode(204);
        as(p.owner()).get(OFFERINGS + "{o}/", p.offering()).then().statusCode(404);
        as(p.member()).get("/api/marketplace-offering-users/{ou}/", p.offeringUser()).then().statusCode(404);
    }

    @Test
    void updateComplianceChecklistAcceptsOnlyOfferingComplianceChecklists() {
        Provider p = Marketplace.provider("Compliance");
        String path = OFFERINGS + "{o}/update_compliance_checklist/";
        as(p.owner()).body(Map.of("compliance_checklist", COMPLIANCE)).post(path, p.offering()).then().statusCode(200)
                .body("compliance_checklist", equalTo(Uuids.hex(UUID.fromString(COMPLIANCE))))
                .body("has_compliance_requirements", equalTo(true));
        as(p.owner()).body("{}").post(path, p.offering()).then().statusCode(200)
                .body("has_compliance_requirements", equalTo(true));
        as(p.owner()).post(path, p.offering()).then().statusCode(200);
        as(p.owner()).body(Map.of("compliance_checklist", "nope")).post(path, p.offering()).then().statusCode(400)
                .body("compliance_checklist[0]", equalTo("Must be a valid UUID."));
        as(p.owner()).body(Map.of("compliance_checklist", UUID.randomUUID().toString())).post(path, p.offering())
                .then().statusCode(400).body("compliance_checklist[0]", equalTo("Checklist not found."));
        as(p.owner()).body(Map.of("compliance_checklist", PROJECT)).post(path, p.offering()).then().statusCode(400);
        as(p.support()).body(Map.of("compliance_checklist", COMPLIANCE)).post(path, p.offering()).then()
                .statusCode(403);
        as(KEYCLOAK.create("outsider")).body(Map.of("compliance_checklist", COMPLIANCE)).post(path, p.offering())
                .then().statusCode(404);
        as(p.owner()).get(OFFERINGS + "{o}/", p.offering()).then()
                .body("compliance_checklist", equalTo(Uuids.hex(UUID.fromString(COMPLIANCE))));
        as(p.manager()).body("{\"compliance_checklist\": null}").post(path, p.offering()).then().statusCode(200)
                .body("compliance_checklist", nullValue()).body("has_compliance_requirements", equalTo(false));
    }

    @Test
    void checklistServiceDownIs503AndChangesNothing() {
        Provider p = Marketplace.provider("Down");
        String other = UUID.randomUUID().toString();
        doThrow(new ProcessingException("connection refused")).when(checklists).reserve(eq(other), any());
        as(p.owner()).body(Map.of("compliance_checklist", other))
                .post(OFFERINGS + "{o}/update_compliance_checklist/", p.offering()).then().statusCode(503)
                .body("detail", equalTo("The checklist service is unavailable, try again later."));
        as(p.owner()).get(OFFERINGS + "{o}/", p.offering()).then().body("compliance_checklist", nullValue());
    }

    @Test
    void publicOfferingsNeedNoToken() {
        Provider p = Marketplace.provider("Public");
        as(p.owner()).body(Map.of("compliance_checklist", COMPLIANCE))
                .post(OFFERINGS + "{o}/update_compliance_checklist/", p.offering()).then().statusCode(200);
        given().get("/api/marketplace-public-offerings/{o}/", p.offering()).then().statusCode(200)
                .body("has_compliance_requirements", equalTo(true)).body("customer_uuid", equalTo(p.customer()))
                .body("compliance_checklist", nullValue());
        given().get("/api/marketplace-public-offerings/?customer_uuid={c}", p.customer()).then().statusCode(200)
                .body("uuid", hasItem(p.offering())).header("X-Result-Count", "1");
        given().get("/api/marketplace-public-offerings/{o}/", UUID.randomUUID()).then().statusCode(404);
        given().get("/api/marketplace-public-offerings/?customer_uuid=bad").then().statusCode(400);
    }

    @Test
    void offeringUsersShowWhetherTheyHaveAChecklist() {
        Provider p = Marketplace.provider("Flags");
        TestUser member = p.member();
        as(member).get("/api/marketplace-offering-users/{ou}/", p.offeringUser()).then()
                .body("has_compliance_checklist", equalTo(false));
        as(p.owner()).body(Map.of("compliance_checklist", COMPLIANCE))
                .post(OFFERINGS + "{o}/update_compliance_checklist/", p.offering()).then().statusCode(200);
        as(member).get("/api/marketplace-offering-users/{ou}/", p.offeringUser()).then()
                .body("has_compliance_checklist", equalTo(true));
    }
}
