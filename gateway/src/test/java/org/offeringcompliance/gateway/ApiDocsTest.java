package org.offeringcompliance.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The merged OpenAPI document and Swagger UI, both public; the stub backends serve small documents, reporting is down. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class ApiDocsTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void theDocumentMergesTheRoutedPathsOfEveryServiceThatAnswers() {
        given().get(OpenApiRoute.PATH).then().statusCode(200).contentType("application/json")
                .body("openapi", equalTo("3.1.0"))
                .body("info.title", equalTo(OpenApiMerge.TITLE))
                .body("paths", hasKey("/api/customers"))
                .body("paths", hasKey("/api/checklists-admin"))
                .body("paths", hasKey("/api/marketplace-offering-users/{uuid}/checklist"))
                .body("paths", not(hasKey("/internal/secret")))
                // /api/customers belongs to the marketplace: the checklist service's description of it is left out
                .body("paths.'/api/customers'.get.summary", equalTo("marketplace /api/customers"))
                .body("components.schemas", hasKey("Checklist"))
                // both stubs define Customer: the first service by name (checklist) wins, and the clash is noted
                .body("components.schemas.Customer.description", equalTo("checklist"))
                .body("info.description", containsString("schemas/Customer differs"))
                .body("components.securitySchemes.SecurityScheme.scheme", equalTo("bearer"))
                .body("servers[0].url", equalTo(gateway.toString().replaceAll("/$", "")));
    }

    @Test
    void aBackendThatIsDownIsLeftOutWithANote() {
        given().get(OpenApiRoute.PATH).then().statusCode(200)
                .body("x-missing-services", hasItem("reporting"))
                .body("info.description", containsString("The reporting service did not deliver its document"));
    }

    @Test
    void swaggerUiIsServedAtApiDocsAndReadsTheMergedDocument() {
        given().redirects().follow(true).get("/api/docs/").then().statusCode(200)
                .contentType(startsWith("text/html")).body(containsString("swagger"));
        given().get("/api/docs/index.html").then().statusCode(200).body(containsString(OpenApiRoute.PATH));
    }
}
