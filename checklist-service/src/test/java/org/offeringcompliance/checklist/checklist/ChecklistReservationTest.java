package org.offeringcompliance.checklist.checklist;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offeringcompliance.checklist.Admin.asStaff;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.checklist.Admin;
import org.offeringcompliance.checklist.ChecklistTestResource;
import org.offeringcompliance.checklist.MarketplaceFeed;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** RULES.md, Integrity: a checklist that an offering uses cannot be deleted, whatever the timing of the two calls. */
@QuarkusTest
@QuarkusTestResource(value = ChecklistTestResource.class, restrictToAnnotatedClass = false)
class ChecklistReservationTest {

    static final String RESERVE = "/internal/checklists/{c}/reservations";
    static final String ADMIN = "/api/checklists-admin/{c}/";

    @Test
    void aChecklistBeingAssignedCannotBeDeletedBeforeOrAfterTheAssignmentEventArrives() {
        String checklist = Admin.createChecklist("Reserved " + MarketplaceFeed.hex());
        String offering = MarketplaceFeed.hex();
        asStaff().body(Map.of("offering", offering)).post(RESERVE, checklist).then().statusCode(200)
                .body("uuid", equalTo(checklist));
        asStaff().delete(ADMIN, checklist).then().statusCode(409);

        MarketplaceFeed.checklistAssigned(offering, checklist, 1);
        MarketplaceFeed.checklistAssigned(offering, null, 2);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> asStaff().delete(ADMIN, checklist).then().statusCode(204));
    }

    @Test
    void anAssignmentRacingADeletionNeverBothSucceed() {
        for (int trial = 0; trial < 50; trial++) {
            String checklist = Admin.createChecklist("Race " + trial + " " + MarketplaceFeed.hex());
            var reserve = CompletableFuture.supplyAsync(() -> asStaff()
                    .body(Map.of("offering", MarketplaceFeed.hex())).post(RESERVE, checklist).statusCode());
            var delete = CompletableFuture.supplyAsync(() -> asStaff().delete(ADMIN, checklist).statusCode());
            int reserved = reserve.join();
            int deleted = delete.join();
            assertTrue(reserved == 200 && deleted == 409 || reserved == 404 && deleted == 204,
                    "trial " + trial + ": reservation " + reserved + ", deletion " + deleted);
        }
    }

    @Test
    void aReservationNeedsAnOffering() {
        String checklist = Admin.createChecklist("No offering " + MarketplaceFeed.hex());
        asStaff().body(Map.of()).post(RESERVE, checklist).then().statusCode(400).body("offering[0]",
                equalTo("This field is required."));
        asStaff().body(Map.of("offering", "nope")).post(RESERVE, checklist).then().statusCode(400);
        asStaff().delete(ADMIN, checklist).then().statusCode(204);
    }
}
