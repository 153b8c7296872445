package org.offeringcompliance.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** The portal at /: its files, index.html for client routes, caching, and the API's own paths left alone. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class PortalTest {

    @Test
    void theRootServesIndexHtmlThatIsRevalidatedEveryTime() {
        given().get("/").then().statusCode(200).contentType(startsWith("text/html"))
                .header("Cache-Control", equalTo("no-cache")).header("X-Content-Type-Options", equalTo("nosniff"))
                .body(containsString("<div id=\"root\"></div>"));
    }

    @Test
    void clientRoutesWithoutAFileExtensionFallBackToIndexHtml() {
        String index = given().get("/").asString();
        for (String route : new String[]{"/checklists/0123456789abcdef0123456789abcdef", "/checklists/x/", "/signed-out",
                "/auth/callback", "/providers/abc/webhooks"}) {
            Response response = given().get(route);
            response.then().statusCode(200).contentType(startsWith("text/html")).header("Cache-Control", equalTo("no-cache"));
            assertEquals(index, response.asString(), route);
        }
        // the sign-in callback comes back with a query string
        given().get("/auth/callback?code=abc&state=def").then().statusCode(200).contentType(startsWith("text/html"));
    }

    @Test
    void hashedAssetsAreCachedForAYearAndGzipped() {
        String asset = firstAsset(".js");
        given().header("Accept-Encoding", "gzip").get("/" + asset).then().statusCode(200)
                .contentType(startsWith("text/javascript"))
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"))
                .header("Content-Encoding", equalTo("gzip")).header("Vary", equalTo("Accept-Encoding"))
                .header("ETag", not(emptyString()));
        given().get("/" + firstAsset(".css")).then().statusCode(200).contentType(startsWith("text/css"))
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"));
    }

    @Test
    void aClientWithoutGzipGetsThePlainFileAndAnEtagMatchIs304() throws Exception {
        String asset = "/" + firstAsset(".js");
        HttpResponse<byte[]> plain = raw(asset, "Accept-Encoding", "identity");
        assertEquals(200, plain.statusCode());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        assertTrue(Arrays.equals(classpath("portal/" + asset.substring(1)), plain.body()), "the file as built");
        String etag = plain.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, raw(asset, "If-None-Match", etag).statusCode());
        assertEquals(304, raw("/", "If-None-Match", raw("/", "Accept", "text/html").headers().firstValue("ETag")
                .orElseThrow()).statusCode());
    }

    @Test
    void aMissingAssetIsAJson404NotIndexHtml() {
        for (String path : new String[]{"/assets/index-DoesNotExist.js", "/assets/missing.css", "/favicon.ico",
                "/robots.txt", "/checklists/x.map", "/files.txt"}) {
            given().get(path).then().statusCode(404).contentType("application/json").body("detail", equalTo("Not found."));
        }
    }

    @Test
    void apiAndManagementPathsNeverFallBackToThePortal() throws Exception {
        given().get("/api/no-such-thing/").then().statusCode(404).contentType("application/json");
        given().get("/api").then().statusCode(404).contentType("application/json");
        given().get("/API/customers/").then().statusCode(404).contentType("application/json");
        given().get("/q/health").then().statusCode(404).contentType("application/json");
        given().get("/api/customers/").then().statusCode(401).contentType("application/json");
        for (String path : new String[]{"//api/customers/", "/api%2fcustomers/", "/api;a=b/customers/"}) {
            HttpResponse<byte[]> response = raw(path, "Accept", "*/*");
            assertFalse(new String(response.body(), StandardCharsets.UTF_8).contains("<div id=\"root\">"), path);
            assertTrue(response.statusCode() >= 400, path + ": " + response.statusCode());
        }
    }

    @Test
    void onlyGetAndHeadReachThePortal() {
        given().head("/checklists/abc").then().statusCode(200).contentType(startsWith("text/html"))
                .body(emptyString());
        given().contentType("application/json").body("{}").post("/").then().statusCode(404)
                .contentType("application/json");
        given().delete("/checklists/abc").then().statusCode(404).contentType("application/json");
    }

    @Test
    void indexHtmlCarriesAContentSecurityPolicyThatAllowsKeycloakAndNothingInline() {
        String csp = given().get("/checklists/abc").then().statusCode(200).extract().header("Content-Security-Policy");
        assertNotNull(csp);
        assertTrue(csp.contains("connect-src 'self' https://auth.example.org;"), csp);
        assertTrue(csp.contains("script-src 'self';"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        given().get("/" + firstAsset(".js")).then().header("Content-Security-Policy", nullValue());
    }

    @Test
    void portalConfigNamesKeycloakTheRealmAndTheClient() {
        given().get("/portal-config.json").then().statusCode(200).contentType("application/json")
                .header("Cache-Control", equalTo("no-cache")).body("keycloakUrl", equalTo("https://auth.example.org"))
                .body("realm", equalTo("compliance")).body("clientId", equalTo("compliance-web"))
                .body("apiBase", equalTo(""));
    }

    @Test
    void gzipIsChosenOnlyWhenAccepted() {
        assertTrue(PortalRoutes.acceptsGzip("gzip, deflate, br"));
        assertTrue(PortalRoutes.acceptsGzip("br;q=1.0, gzip;q=0.8"));
        assertFalse(PortalRoutes.acceptsGzip("gzip;q=0"));
        assertFalse(PortalRoutes.acceptsGzip("identity"));
        assertFalse(PortalRoutes.acceptsGzip(null));
    }

    /** The first built file under assets/ with this extension, from the portal's file list. */
    static String firstAsset(String extension) {
        String list = new String(classpath("portal/files.txt"), StandardCharsets.UTF_8);
        return list.lines().filter(l -> l.startsWith("assets/") && l.endsWith(extension)).findFirst().orElseThrow();
    }

    private static byte[] classpath(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " on the class path (the portal module's jar)");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sent as written (RestAssured would normalise the path and add its own Accept-Encoding). */
    private static HttpResponse<byte[]> raw(String path, String header, String value) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header(header, value).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
