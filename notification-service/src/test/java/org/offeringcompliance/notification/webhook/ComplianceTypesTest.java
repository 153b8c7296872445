package org.offeringcompliance.notification.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.notification.webhook.ComplianceTypes.CompletionFlags;

class ComplianceTypesTest {

    static final CompletionFlags OPEN = CompletionFlags.NONE;
    static final Instant REVIEWED = Instant.parse("2026-11-23T15:43:54.600000Z");

    @Test
    void lifecycleEventsMapToTheirNamesakes() {
        assertEquals(List.of("compliance.completion.created"),
                ComplianceTypes.ofCompletion("checklist.completion.created", OPEN, OPEN));
        assertEquals(List.of("compliance.completion.deleted"),
                ComplianceTypes.ofCompletion("checklist.completion.deleted", OPEN, OPEN));
        assertEquals(List.of("compliance.completion.overdue"),
                ComplianceTypes.ofCompletion("checklist.completion.overdue", OPEN, OPEN));
        assertEquals(List.of("compliance.completion.expired"),
                ComplianceTypes.ofCompletion("checklist.completion.expired", OPEN, OPEN));
        assertEquals(List.of("compliance.completion.reopened"),
                ComplianceTypes.ofCompletion("checklist.completion.reopened", OPEN, OPEN));
    }

    @Test
    void anUpdateNamesWhatTurnedOn() {
        assertEquals(List.of("compliance.completion.completed"), ComplianceTypes
                .ofCompletion("checklist.completion.updated", OPEN, new CompletionFlags(true, false, null)));
        assertEquals(List.of("compliance.completion.review_required"), ComplianceTypes
                .ofCompletion("checklist.completion.updated", OPEN, new CompletionFlags(false, true, null)));
        assertEquals(List.of("compliance.completion.completed", "compliance.completion.reviewed"),
                ComplianceTypes.ofCompletion("checklist.completion.updated", new CompletionFlags(false, true, null),
                        new CompletionFlags(true, true, REVIEWED)));
    }

    @Test
    void anUpdateThatChangesNoFlagOrTurnsOneOffMakesNothing() {
        CompletionFlags done = new CompletionFlags(true, true, REVIEWED);
        assertEquals(List.of(), ComplianceTypes.ofCompletion("checklist.completion.updated", done,
                new CompletionFlags(true, true, REVIEWED.plusNanos(300))));
        assertEquals(List.of(), ComplianceTypes.ofCompletion("checklist.completion.updated", done, OPEN));
    }

    @Test
    void aChecklistAssignedOrRemovedChangesTheOfferingsChecklist() {
        assertEquals(List.of("compliance.offering.checklist_changed"),
                ComplianceTypes.ofOffering("marketplace.offering.checklist_assigned"));
        assertEquals(List.of("compliance.offering.checklist_changed"),
                ComplianceTypes.ofOffering("marketplace.offering.checklist_removed"));
        assertEquals(List.of(), ComplianceTypes.ofOffering("marketplace.offering.updated"));
    }
}
