package org.offeringcompliance.checklist.checklist;

import java.time.Instant;

import org.offeringcompliance.common.api.Uuids;

import com.fasterxml.jackson.annotation.JsonProperty;

public record ChecklistResponse(String uuid, String name, String description,
        @JsonProperty("checklist_type") String checklistType, @JsonProperty("questions_count") int questionsCount,
        @JsonProperty("required_questions_count") int requiredQuestionsCount, Instant created, Instant modified) {

    static ChecklistResponse of(Checklist c) {
        return new ChecklistResponse(Uuids.hex(c.uuid), c.name, c.description, c.checklistType, c.questionsCount,
                c.requiredQuestionsCount, c.created, c.modified);
    }
}
