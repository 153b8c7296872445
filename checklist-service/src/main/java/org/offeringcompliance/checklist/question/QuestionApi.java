package org.offeringcompliance.checklist.question;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.offeringcompliance.checklist.api.Decimals;
import org.offeringcompliance.checklist.option.QuestionOption;
import org.offeringcompliance.common.api.Uuids;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** Response bodies of the question endpoints (requests are read field by field, see QuestionSettings). */
public final class QuestionApi {

    private QuestionApi() {}

    public record OptionSummary(String uuid, String label, int order) {

        static OptionSummary of(QuestionOption o) {
            return new OptionSummary(Uuids.hex(o.uuid), o.label, o.sortOrder);
        }
    }

    /** Every field of the POST body, plus uuid, checklist_uuid, the options and the timestamps. */
    public record QuestionResponse(String uuid, String checklist, @JsonProperty("checklist_uuid") String checklistUuid,
            String description, @JsonProperty("question_type") String questionType, boolean required, int order,
            @JsonProperty("user_guidance") String userGuidance, @JsonProperty("min_value") Number minValue,
            @JsonProperty("max_value") Number maxValue,
            @JsonProperty("always_requires_review") boolean alwaysRequiresReview,
            @JsonProperty("review_answer_value") JsonNode reviewAnswerValue, String operator,
            @JsonProperty("dependency_logic_operator") String dependencyLogicOperator,
            @JsonProperty("question_options") List<OptionSummary> questionOptions, Instant created, Instant modified) {

        static QuestionResponse of(Question q, List<OptionSummary> options) {
            String checklist = Uuids.hex(q.checklist.uuid);
            return new QuestionResponse(Uuids.hex(q.uuid), checklist, checklist, q.description, q.questionType,
                    q.required, q.sortOrder, q.userGuidance, Decimals.plain(q.minValue), Decimals.plain(q.maxValue),
                    q.alwaysRequiresReview, q.reviewAnswerValue, q.operator, q.dependencyLogicOperator, options,
                    q.created, q.modified);
        }
    }

    public static QuestionResponse of(Question q) {
        return list(List.of(q)).get(0);
    }

    /** The responses of a page of questions, their options loaded in one query. */
    public static List<QuestionResponse> list(List<Question> questions) {
        Map<Long, List<OptionSummary>> options = QuestionOption.ofQuestions(questions).stream()
                .collect(Collectors.groupingBy(o -> o.question.id,
                        Collectors.mapping(OptionSummary::of, Collectors.toList())));
        return questions.stream().map(q -> QuestionResponse.of(q, options.getOrDefault(q.id, List.of()))).toList();
    }
}
