package org.offeringcompliance.checklist.export;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offeringcompliance.checklist.Admin.KEYCLOAK;
import static org.offeringcompliance.checklist.Admin.as;
import static org.offeringcompliance.checklist.Admin.staff;
import static org.offeringcompliance.checklist.Admin.support;
import static org.offeringcompliance.checklist.MarketplaceFeed.hex;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offeringcompliance.checklist.Admin;
import org.offeringcompliance.checklist.ChecklistTestResource;
import org.offeringcompliance.checklist.MarketplaceFeed;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * GET /api/marketplace-service-providers/{uuid}/compliance/answers/export/ (API.md section 7): one row per live
 * offering user and question of the current completions of the provider's customer, options as labels, with the
 * provider reports' permission; fed by real marketplace events, answered with real tokens.
 */
@QuarkusTest
@QuarkusTestResource(value = ChecklistTestResource.class, restrictToAnnotatedClass = false)
class AnswersExportTest {

    /** text/csv with its charset, however the server spaces the parameter. */
    static final Matcher<String> CSV_TYPE = allOf(startsWith("text/csv;"),
            containsStringIgnoringCase("charset=utf-8"));
    static final Duration WAIT = Duration.ofSeconds(20);
    static final String OU = "/api/marketplace-offering-users/{ou}/";
    static final String FORMULA = "=cmd|' /C calc'!A0";
    static final String ZED_COMPANY = "Zed Ltd, \"Z\"";

    String provider;
    String customer;
    String alpha;
    String beta;
    String otherCustomersOffering;
    String checklist;
    String acceptQ;
    String companyQ;
    String coloursQ;
    String answerQ;
    String countQ;
    String red;
    String blue;
    String yes;
    TestUser owner;
    TestUser custSupport;
    TestUser ann;
    String annOu;
    String zedOu;
    String betaOu;
    String goneOu;

    /**
     * Alpha, named with a comma and quotes, and Beta use one checklist of five questions; Ann (Alpha) answered every
     * question and was reviewed, Zed (Alpha) has only the company, answered by the owner for him; Bea (Beta) nothing; a
     * deleted offering user and an offering of another customer stay out.
     */
    @BeforeEach
    void providerWithAnsweredChecklists() {
        provider = hex();
        customer = hex();
        MarketplaceFeed.send("marketplace.service_provider.created", customer,
                Map.of("service_provider_uuid", provider, "customer_uuid", customer, "customer_name", "Exporter"));
        owner = KEYCLOAK.create("owner");
        custSupport = KEYCLOAK.create("custsupport");
        ann = KEYCLOAK.create("ann");
        MarketplaceFeed.role(customer, owner.hexId(), "owner", true);
        MarketplaceFeed.role(customer, custSupport.hexId(), "support", true);

        checklist = Admin.createChecklist("Export " + hex().substring(0, 6));
        acceptQ = Admin.createQuestion(checklist, "boolean", 1, Map.of("description", "Do you accept?"));
        companyQ = Admin.createQuestion(checklist, "text_input", 2, Map.of("description", "Company"));
        coloursQ = Admin.createQuestion(checklist, "multi_select", 3, Map.of("description", "Colours"));
        red = Admin.createOption(coloursQ, "Red", 1);
        Admin.createOption(coloursQ, "Green", 2);
        blue = Admin.createOption(coloursQ, "Blue", 3);
        answerQ = Admin.createQuestion(checklist, "single_select", 4, Map.of("description", "Yes or no"));
        yes = Admin.createOption(answerQ, "Yes", 1);
        Admin.createOption(answerQ, "No", 2);
        countQ = Admin.createQuestion(checklist, "number", 5, Map.of("description", "How many?"));

        alpha = hex();
        beta = hex();
        otherCustomersOffering = hex();
        offering(alpha, "Alpha, \"A\"", customer, checklist);
        offering(beta, "Beta", customer, checklist);
        offering(hex(), "No checklist", customer, null);
        offering(otherCustomersOffering, "Elsewhere", hex(), checklist);
        annOu = offeringUser(alpha, ann.hexId(), "Ann Able", "ann");
        zedOu = offeringUser(alpha, hex(), "Zed Zulu", "zed");
        betaOu = offeringUser(beta, hex(), "Bea Best", "bea");
        goneOu = offeringUser(alpha, hex(), "Gone Away", "gone");
        for (String ou : List.of(annOu, zedOu, betaOu, goneOu)) {
            await().atMost(WAIT).untilAsserted(() -> as(owner).get(OU + "checklist/", ou).then().statusCode(200));
        }
        MarketplaceFeed.send("marketplace.offering_user.deleted", goneOu, offeringUserFields(goneOu, alpha, hex(),
                "Gone Away", "gone", 2));

        submit(ann, annOu, List.of(Map.of("question_uuid", acceptQ, "answer_data", true),
                Map.of("question_uuid", companyQ, "answer_data", FORMULA),
                Map.of("question_uuid", coloursQ, "answer_data", List.of(blue, Admin.hyphenated(red))),
                Map.of("question_uuid", answerQ, "answer_data", List.of(yes)),
                Map.of("question_uuid", countQ, "answer_data", 7)));
        submit(owner, zedOu, List.of(Map.of("question_uuid", companyQ, "answer_data", ZED_COMPANY)));
        as(owner).body(Map.of("review_notes", "fine")).post(OU + "review_completion/", annOu).then().statusCode(200);
        await().atMost(WAIT).untilAsserted(() -> as(owner).get(OU + "checklist/", goneOu).then().statusCode(404));
        await().atMost(WAIT).untilAsserted(() -> as(staff()).get(export("")).then().statusCode(200));
    }

    @Test
    void oneRowPerOfferingUserAndQuestionWithOptionsAsLabels() throws IOException {
        List<CSVRecord> csv = csv(as(owner).get(export("?format=csv")));
        assertEquals(AnswersExport.COLUMNS, csv.get(0).toList(), "the header row first");
        Instant reviewedAt = Instant.parse(as(owner).get(OU + "completion_review_status/", annOu).path("reviewed_at"));
        Map<String, String> annAnsweredAt = answeredAt(annOu);
        String annName = ann.fullName();
        String alphaName = "Alpha, \"A\"";
        String listName = as(staff()).get("/api/checklists-admin/{c}/", checklist).path("name");
        List<List<String>> expected = new ArrayList<>();
        expected.add(row("Ann Able", "ann", alphaName, listName, "Do you accept?", "true", annAnsweredAt.get(acceptQ),
                annName, "false", reviewedAt.toString()));
        expected.add(row("Ann Able", "ann", alphaName, listName, "Company", "'" + FORMULA, annAnsweredAt.get(companyQ),
                annName, "false", reviewedAt.toString()));
        expected.add(row("Ann Able", "ann", alphaName, listName, "Colours", "Red; Blue", annAnsweredAt.get(coloursQ),
                annName, "false", reviewedAt.toString()));
        expected.add(row("Ann Able", "ann", alphaName, listName, "Yes or no", "Yes", annAnsweredAt.get(answerQ),
                annName, "false", reviewedAt.toString()));
        expected.add(row("Ann Able", "ann", alphaName, listName, "How many?", "7", annAnsweredAt.get(countQ), annName,
                "false", reviewedAt.toString()));
        String zedAnsweredAt = answeredAt(zedOu).get(companyQ);
        for (String question : List.of("Do you accept?", "Company", "Colours", "Yes or no", "How many?")) {
            expected.add(question.equals("Company")
                    ? row("Zed Zulu", "zed", alphaName, listName, question, ZED_COMPANY, zedAnsweredAt,
                            owner.fullName(), "false", "")
                    : row("Zed Zulu", "zed", alphaName, listName, question, "", "", "", "", ""));
        }
        for (String question : List.of("Do you accept?", "Company", "Colours", "Yes or no", "How many?")) {
            expected.add(row("Bea Best", "bea", "Beta", listName, question, "", "", "", "", ""));
        }
        assertEquals(expected, csv.subList(1, csv.size()).stream().map(CSVRecord::toList).toList());

        // RFC 4180 quoting of the offering's and the answer's commas and quotes, as the bytes show them.
        String text = as(owner).get(export("")).then().statusCode(200).extract().asString();
        assertTrue(text.contains(",\"Alpha, \"\"A\"\"\","), text);
        assertTrue(text.contains(",\"Zed Ltd, \"\"Z\"\"\","), text);
        assertTrue(text.contains(",'=cmd|' /C calc'!A0,"), text);
    }

    @Test
    void anOfferingOfTheCustomerNarrowsItAnyOtherIsAFieldError() throws IOException {
        List<CSVRecord> betaOnly = csv(as(custSupport).get(export("?offering_uuid=" + Admin.hyphenated(beta))));
        assertEquals(6, betaOnly.size());
        assertTrue(betaOnly.stream().skip(1).allMatch(r -> r.get(3).equals("Beta")), betaOnly.toString());
        assertEquals(16, csv(as(custSupport).get(export("?offering_uuid=&format="))).size(), "empty means all");
        for (String other : List.of(otherCustomersOffering, hex())) {
            as(owner).get(export("?offering_uuid=" + other)).then().statusCode(400).contentType("application/json")
                    .body("offering_uuid[0]", equalTo("Select a valid choice. That choice is not one of the available "
                            + "choices."));
        }
        as(owner).get(export("?offering_uuid=nope")).then().statusCode(400)
                .body("offering_uuid[0]", equalTo("Must be a valid UUID."));
        as(owner).get(export("?format=xls")).then().statusCode(400).contentType("application/json")
                .body("format[0]", equalTo("Select a valid choice. xls is not one of the available choices: csv, xlsx."));
    }

    @Test
    void xlsxReadsBackWithTypedAnswers() throws IOException {
        Response response = as(owner).get(export("?format=xlsx&offering_uuid=" + alpha));
        response.then().statusCode(200)
                .contentType(equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", "attachment; filename=\"answers-" + provider + ".xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            Sheet sheet = book.getSheet("answers");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertEquals(AnswersExport.COLUMNS, header);
            assertEquals(10, sheet.getLastRowNum());
            Row accept = sheet.getRow(1);
            assertEquals(CellType.BOOLEAN, accept.getCell(6).getCellType());
            assertTrue(accept.getCell(6).getBooleanCellValue());
            assertEquals(FORMULA, sheet.getRow(2).getCell(6).getStringCellValue(), "a text cell, never a formula");
            assertEquals("Red; Blue", sheet.getRow(3).getCell(6).getStringCellValue());
            assertEquals(7.0, sheet.getRow(5).getCell(6).getNumericCellValue());
            assertNull(sheet.getRow(6).getCell(6), "Zed did not answer");
        }
    }

    @Test
    void readersOfTheProvidersReportsExportItOthersAreRefusedAsByTheReports() {
        for (TestUser allowed : List.of(owner, custSupport, staff(), support())) {
            as(allowed).get(export("")).then().statusCode(200).contentType(CSV_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"answers-" + provider + ".csv\"");
        }
        for (TestUser refused : List.of(ann, KEYCLOAK.create("outsider"))) {
            as(refused).get(export("")).then().statusCode(403)
                    .body("detail", equalTo("You do not have permission to perform this action."));
        }
        as(staff()).get("/api/marketplace-service-providers/" + hex() + "/compliance/answers/export/").then()
                .statusCode(404).body("detail", equalTo("Not found."));
        as(staff()).get("/api/marketplace-service-providers/not-a-uuid/compliance/answers/export/").then()
                .statusCode(404);
        given().get(export("")).then().statusCode(401);
        as(owner).head(export("?format=xlsx")).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"answers-" + provider + ".xlsx\"");
        MarketplaceFeed.role(customer, custSupport.hexId(), "support", false);
        await().atMost(WAIT).untilAsserted(() -> as(custSupport).get(export("")).then().statusCode(403));
    }

    private String export(String query) {
        return "/api/marketplace-service-providers/" + provider + "/compliance/answers/export/" + query;
    }

    private static List<String> row(String user, String username, String offering, String checklist, String question,
            String answer, String answeredAt, String answeredBy, String requiresReview, String reviewedAt) {
        return List.of(user, username, username + "@example.org", offering, checklist, question, answer,
                answeredAt == null || answeredAt.isEmpty() ? "" : Instant.parse(answeredAt).toString(), answeredBy,
                requiresReview, reviewedAt);
    }

    /** When each question's answer shown to the owner was last written. */
    private static Map<String, String> answeredAt(String ou) {
        List<Map<String, Object>> questions = as(staff()).get(OU + "checklist/?include_all=true", ou).then()
                .statusCode(200).extract().path("questions");
        Map<String, String> at = new HashMap<>();
        questions.stream().filter(q -> q.get("existing_answer") != null).forEach(q -> at.put((String) q.get("uuid"),
                (String) ((Map<?, ?>) q.get("existing_answer")).get("modified")));
        return at;
    }

    private static List<CSVRecord> csv(Response response) throws IOException {
        response.then().statusCode(200).contentType(CSV_TYPE);
        return CSVFormat.RFC4180.parse(new StringReader(new String(response.asByteArray(), StandardCharsets.UTF_8)))
                .getRecords();
    }

    private static void submit(TestUser caller, String ou, List<Map<String, Object>> answers) {
        as(caller).body(answers).post(OU + "submit_answers/", ou).then().statusCode(200);
    }

    private static void offering(String offering, String name, String customer, String checklist) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("offering_uuid", offering);
        fields.put("name", name);
        fields.put("customer_uuid", customer);
        fields.put("compliance_checklist", checklist);
        fields.put("version", 1);
        MarketplaceFeed.send("marketplace.offering.created", offering, fields);
    }

    private String offeringUser(String offering, String user, String fullName, String username) {
        String ou = hex();
        MarketplaceFeed.send("marketplace.offering_user.created", ou,
                offeringUserFields(ou, offering, user, fullName, username, 1));
        return ou;
    }

    private Map<String, Object> offeringUserFields(String ou, String offering, String user, String fullName,
            String username, long version) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("offering_user_uuid", ou);
        fields.put("offering_uuid", offering);
        fields.put("customer_uuid", customer);
        fields.put("user_uuid", user);
        fields.put("username", username);
        fields.put("user_full_name", fullName);
        fields.put("user_email", username + "@example.org");
        fields.put("compliance_checklist", checklist);
        fields.put("version", version);
        fields.put("created", Instant.now().toString());
        return fields;
    }
}
