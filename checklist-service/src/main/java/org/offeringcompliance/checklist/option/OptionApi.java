package org.offeringcompliance.checklist.option;

import org.offeringcompliance.common.api.Uuids;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Response body of the question option endpoints. */
public final class OptionApi {

    private OptionApi() {}

    public record OptionResponse(String uuid, String question, @JsonProperty("question_uuid") String questionUuid,
            String label, int order) {

        static OptionResponse of(QuestionOption o) {
            String question = Uuids.hex(o.question.uuid);
            return new OptionResponse(Uuids.hex(o.uuid), question, question, o.label, o.sortOrder);
        }
    }
}
