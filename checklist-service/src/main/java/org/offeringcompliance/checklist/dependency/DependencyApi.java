package org.offeringcompliance.checklist.dependency;

import java.time.Instant;

import org.offeringcompliance.common.api.Uuids;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** Response body of the question dependency endpoints. */
public final class DependencyApi {

    private DependencyApi() {}

    public record DependencyResponse(String uuid, String question, @JsonProperty("question_uuid") String questionUuid,
            @JsonProperty("depends_on_question") String dependsOnQuestion,
            @JsonProperty("depends_on_question_uuid") String dependsOnQuestionUuid,
            @JsonProperty("required_answer_value") JsonNode requiredAnswerValue, String operator, Instant created,
            Instant modified) {

        static DependencyResponse of(QuestionDependency d) {
            String question = Uuids.hex(d.question.uuid);
            String dependsOn = Uuids.hex(d.dependsOn.uuid);
            return new DependencyResponse(Uuids.hex(d.uuid), question, question, dependsOn, dependsOn,
                    d.requiredAnswerValue, d.operator, d.created, d.modified);
        }
    }
}
