package org.offeringcompliance.checklist.messaging;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The data of each checklist event (the envelope is in EventEnvelope). All uuids are 32-character hex; samples in
 * src/test/resources/events/.
 */
public final class EventData {

    private EventData() {}

    /** checklist.checklist.created|updated|deleted; {@code version} orders every change of the checklist and its questions. */
    public record ChecklistData(@JsonProperty("checklist_uuid") String checklistUuid, String name, String description,
            @JsonProperty("checklist_type") String checklistType, @JsonProperty("questions_count") int questionsCount,
            @JsonProperty("required_questions_count") int requiredQuestionsCount, long version, Instant created,
            Instant modified) {}

    public record OptionData(String uuid, String label, int order) {}

    public record DependencyData(String uuid, @JsonProperty("depends_on_question_uuid") String dependsOnQuestionUuid,
            @JsonProperty("required_answer_value") JsonNode requiredAnswerValue, String operator) {}

    /**
     * checklist.question.created|updated|deleted: the question as it now is (deleted: as it last was), with the
     * checklist's counts and version after the change.
     */
    public record QuestionData(@JsonProperty("question_uuid") String questionUuid,
            @JsonProperty("checklist_uuid") String checklistUuid, String description,
            @JsonProperty("question_type") String questionType, boolean required, int order,
            @JsonProperty("user_guidance") String userGuidance, @JsonProperty("min_value") Number minValue,
            @JsonProperty("max_value") Number maxValue,
            @JsonProperty("always_requires_review") boolean alwaysRequiresReview,
            @JsonProperty("review_answer_value") JsonNode reviewAnswerValue, String operator,
            @JsonProperty("dependency_logic_operator") String dependencyLogicOperator,
            @JsonProperty("question_options") List<OptionData> questionOptions, List<DependencyData> dependencies,
            long version, @JsonProperty("questions_count") int questionsCount,
            @JsonProperty("required_questions_count") int requiredQuestionsCount,
            @JsonProperty("checklist_version") long checklistVersion, Instant created, Instant modified) {}
}
