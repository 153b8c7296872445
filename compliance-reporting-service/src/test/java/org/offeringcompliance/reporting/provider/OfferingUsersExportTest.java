package org.offeringcompliance.reporting.provider;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offeringcompliance.reporting.EventFeed.hex;
import static org.offeringcompliance.reporting.Json.items;
import static org.offeringcompliance.reporting.Scenario.KEYCLOAK;
import static org.offeringcompliance.reporting.Scenario.as;
import static org.offeringcompliance.reporting.Scenario.staff;
import static org.offeringcompliance.reporting.Scenario.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.offeringcompliance.common.export.FormulaGuard;
import org.offeringcompliance.reporting.ReportingTestResource;
import org.offeringcompliance.reporting.Scenario.Checklist;
import org.offeringcompliance.reporting.Scenario.Completion;
import org.offeringcompliance.reporting.Scenario.Offering;
import org.offeringcompliance.reporting.Scenario.Person;
import org.offeringcompliance.reporting.Scenario.Provider;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * GET .../compliance/offering_users/export/ (API.md section 7): the offering_users report's rows under its filters as
 * CSV or XLSX, header first, quoted, guarded against formulas, with the report's permission.
 */
@QuarkusTest
@QuarkusTestResource(value = ReportingTestResource.class, restrictToAnnotatedClass = false)
class OfferingUsersExportTest {

    /** text/csv with its charset, however the server spaces the parameter. */
    static final Matcher<String> CSV_TYPE = allOf(startsWith("text/csv;"),
            containsStringIgnoringCase("charset=utf-8"));
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"Click\")";
    static final String QUOTED = "Smith, \"Jr\"";
    static final String UNICODE = "Jüri Õun 東京";

    @Inject
    EntityManager em;

    /**
     * Alpha (a checklist named with a comma and quotes): the formula-like user completed, Smith overdue at 50 %, Jüri's
     * completion still being created; Beta, without a checklist: two more users whose names start with @ and -.
     */
    record Catalogue(Provider provider, TestUser owner, TestUser customerSupport, Offering alpha) {

        static Catalogue create() {
            TestUser owner = KEYCLOAK.create("owner");
            TestUser customerSupport = KEYCLOAK.create("custsupport");
            Provider p = Provider.create("Export " + hex().substring(0, 6));
            p.grant(owner, "owner");
            p.grant(customerSupport, "support");
            Checklist checklist = Checklist.create("Security, \"core\"", 2);
            Offering alpha = p.offering("Alpha", checklist);
            alpha.user(Person.named(HYPERLINK)).completion().created().answered(100.0, true, 0, false);
            Completion smith = alpha.user(Person.named(QUOTED)).completion();
            smith.dueAt = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MICROS);
            smith.created().answered(50.0, false, 1, false);
            smith.overdue();
            alpha.user(Person.named(UNICODE));
            Offering beta = p.offering("Beta", null);
            beta.user(Person.named("@risky"));
            beta.user(Person.named("-minus"));
            Catalogue c = new Catalogue(p, owner, customerSupport, alpha);
            await().atMost(WAIT).untilAsserted(() -> assertEquals(List.of("overdue"), c.report("?compliance_status=overdue")
                    .stream().map(i -> i.get("compliance_state")).toList()));
            await().atMost(WAIT).untilAsserted(() -> assertEquals(5, c.report("").size()));
            return c;
        }

        List<Map<String, Object>> report(String query) {
            return items(as(owner).get(provider.path("offering_users") + (query.isEmpty() ? "?" : query + "&")
                    + "page_size=300"));
        }

        String export(String query) {
            return provider.path("offering_users") + "export/" + query;
        }
    }

    @Test
    void csvHasTheReportsRowsUnderEachFilterWithItsFieldsAsTheHeaderRow() throws IOException {
        Catalogue c = Catalogue.create();
        for (String query : List.of("", "?offering_uuid=" + c.alpha().uuid, "?compliance_status=pending",
                "?compliance_status=overdue", "?compliance_status=no_checklist", "?compliance_status=completed",
                "?offering_uuid=" + c.alpha().uuid + "&compliance_status=pending")) {
            List<Map<String, Object>> report = c.report(query);
            List<CSVRecord> csv = csv(as(c.owner()).get(c.export(query + (query.isEmpty() ? "?" : "&") + "format=csv")));
            assertEquals(new ArrayList<>(report.get(0).keySet()), csv.get(0).toList(), "header row: the JSON fields");
            assertEquals(report.stream().map(OfferingUsersExportTest::guardedTexts).toList(),
                    csv.subList(1, csv.size()).stream().map(CSVRecord::toList).toList(), query);
        }
        // Without format: CSV.
        Response plain = as(c.owner()).get(c.export(""));
        plain.then().statusCode(200).contentType(CSV_TYPE);
        assertEquals(6, csv(plain).size());
    }

    @Test
    void csvQuotesAsRfc4180InUtf8AndGuardsFormulas() throws IOException {
        Catalogue c = Catalogue.create();
        Response response = as(c.owner()).get(c.export("?format=csv"));
        response.then().statusCode(200).header("Content-Disposition",
                "attachment; filename=\"offering-users-" + c.provider().uuid + ".csv\"")
                .header("Cache-Control", "no-store");
        String text = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("uuid,user_full_name,user_email,offering_name,checklist_name,username,state,"
                + "completion_percentage,compliance_status,compliance_state,due_at,last_updated,created\r\n"), text);
        assertTrue(text.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\","), text);
        assertTrue(text.contains(",\"Smith, \"\"Jr\"\"\","), text);
        assertTrue(text.contains(",\"Security, \"\"core\"\"\","), text);
        assertTrue(text.contains("," + UNICODE + ","), "UTF-8: " + text);
        assertTrue(text.contains(",'@risky,"), text);
        assertTrue(text.contains(",'-minus,"), text);
        // By offering, then name (the same order in the C and the en_US collations): Alpha's three, then Beta's two.
        List<String> names = csv(response).stream().skip(1).map(r -> r.get(1)).toList();
        assertEquals(List.of("'" + HYPERLINK, UNICODE, QUOTED, "'-minus", "'@risky"), names);
    }

    @Test
    void xlsxHasTheSameRowsAsTypedCellsAndReadsBackWithPoi() throws IOException {
        Catalogue c = Catalogue.create();
        List<Map<String, Object>> report = c.report("");
        Response response = as(c.customerSupport()).get(c.export("?format=xlsx"));
        response.then().statusCode(200)
                .contentType(equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", "attachment; filename=\"offering-users-" + c.provider().uuid + ".xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            Sheet sheet = book.getSheet("offering_users");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertEquals(new ArrayList<>(report.get(0).keySet()), header);
            assertEquals(report.size(), sheet.getLastRowNum());
            for (int i = 0; i < report.size(); i++) {
                Row row = sheet.getRow(i + 1);
                List<Object> values = new ArrayList<>();
                for (int col = 0; col < header.size(); col++) {
                    values.add(value(row.getCell(col)));
                }
                assertEquals(new ArrayList<>(report.get(i).values()), values, "row " + (i + 1));
            }
            // In a workbook a text cell is text, never a formula: the name is kept as it is.
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(1).getCellType());
            assertEquals(HYPERLINK, sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(7).getCellType());
        }
    }

    @Test
    void readersOfTheReportExportItOthersAreRefusedAsByTheReport() {
        Catalogue c = Catalogue.create();
        for (TestUser allowed : List.of(c.owner(), c.customerSupport(), staff(), support())) {
            as(allowed).get(c.export("?format=csv")).then().statusCode(200);
        }
        TestUser outsider = KEYCLOAK.create("outsider");
        as(outsider).get(c.export("?format=csv")).then().statusCode(403).contentType("application/json")
                .body("detail", equalTo("You do not have permission to perform this action."));
        String unknown = "/api/marketplace-service-providers/" + hex() + "/compliance/offering_users/export/";
        as(staff()).get(unknown).then().statusCode(404).body("detail", equalTo("Not found."));
        given().get(c.export("")).then().statusCode(401);
        as(c.owner()).head(c.export("?format=xlsx")).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"offering-users-" + c.provider().uuid + ".xlsx\"");
        as(c.owner()).contentType("application/json").body("{}").post(c.export("")).then().statusCode(405);
    }

    @Test
    void aBadFormatOrFilterIsAFieldErrorBeforeAnyByte() {
        Catalogue c = Catalogue.create();
        as(c.owner()).get(c.export("?format=xls")).then().statusCode(400).contentType("application/json")
                .body("format[0]", equalTo("Select a valid choice. xls is not one of the available choices: csv, xlsx."));
        as(c.owner()).get(c.export("?format=CSV")).then().statusCode(400).body("format.size()", equalTo(1));
        as(c.owner()).get(c.export("?format=csv&compliance_status=late")).then().statusCode(400)
                .contentType("application/json").body("compliance_status.size()", equalTo(1));
        as(c.owner()).get(c.export("?offering_uuid=not-a-uuid")).then().statusCode(400)
                .body("offering_uuid[0]", equalTo("Must be a valid UUID."));
        // A provider without offering users: the header row alone.
        Provider empty = Provider.create("Empty " + hex().substring(0, 6));
        await().atMost(WAIT).untilAsserted(() -> as(staff()).get(empty.path("offering_users")).then().statusCode(200));
        assertEquals("uuid,user_full_name,user_email,offering_name,checklist_name,username,state,"
                + "completion_percentage,compliance_status,compliance_state,due_at,last_updated,created\r\n",
                as(staff()).get(empty.path("offering_users") + "export/").then().statusCode(200).extract().asString());
    }

    /** More rows than the cursor fetches at a time, in the report's order, none lost or repeated. */
    @Test
    void manyRowsArriveInTheReportsOrder() throws IOException {
        int users = ProviderReports.EXPORT_FETCH * 2 + 500;
        UUID provider = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        UUID offering = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("INSERT INTO provider_ref (provider_uuid, customer_uuid) VALUES (?1, ?2)")
                    .setParameter(1, provider).setParameter(2, customer).executeUpdate();
            em.createNativeQuery("INSERT INTO offering_user_report (offering_user_uuid, offering_uuid, offering_name, "
                    + "customer_uuid, user_uuid, user_full_name, state, created, modified, version) "
                    + "SELECT gen_random_uuid(), ?1, 'Bulk', ?2, gen_random_uuid(), 'User ' || lpad(i::text, 5, '0'), "
                    + "'OK', now(), now(), 1 FROM generate_series(?3, 1, -1) AS i").setParameter(1, offering)
                    .setParameter(2, customer).setParameter(3, users).executeUpdate();
        });
        List<CSVRecord> csv = csv(as(staff()).get("/api/marketplace-service-providers/" + provider
                + "/compliance/offering_users/export/?format=csv"));
        assertEquals(users + 1, csv.size());
        for (int i = 1; i <= users; i++) {
            assertEquals(String.format("User %05d", i), csv.get(i).get(1));
            assertEquals("no_checklist", csv.get(i).get(8));
        }
    }

    private static List<CSVRecord> csv(Response response) throws IOException {
        response.then().statusCode(200).contentType(CSV_TYPE);
        String text = new String(response.asByteArray(), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    /** A report item as its CSV row: text guarded, null empty, numbers and timestamps as JSON writes them. */
    private static List<String> guardedTexts(Map<String, Object> item) {
        return item.values().stream().map(v -> v == null ? "" : v instanceof String s ? FormulaGuard.guard(s) : v.toString())
                .toList();
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            default -> cell.getStringCellValue();
        };
    }
}
