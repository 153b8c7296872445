package org.offeringcompliance.checklist.completion;

import java.time.Instant;
import java.util.List;

import org.offeringcompliance.checklist.api.Decimals;
import org.offeringcompliance.checklist.checklist.Checklist;
import org.offeringcompliance.checklist.option.QuestionOption;
import org.offeringcompliance.checklist.question.Question;
import org.offeringcompliance.checklist.rules.CompletionFigures;
import org.offeringcompliance.checklist.rules.QuestionSpec;
import org.offeringcompliance.common.api.Uuids;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** Response bodies of the offering-user compliance endpoints (API.md section 3). */
public final class CompletionViews {

    private CompletionViews() {}

    public record ChecklistHeader(String uuid, String name, String description,
            @JsonProperty("checklist_type") String checklistType) {

        static ChecklistHeader of(Checklist c) {
            return new ChecklistHeader(Uuids.hex(c.uuid), c.name, c.description, c.checklistType);
        }
    }

    public record UnansweredQuestion(String uuid, String description,
            @JsonProperty("question_type") String questionType) {

        static UnansweredQuestion of(QuestionSpec q) {
            return new UnansweredQuestion(q.uuid(), q.description(), q.type().apiName());
        }
    }

    public record CompletionStatus(String uuid, @JsonProperty("is_completed") boolean isCompleted,
            @JsonProperty("completion_percentage") double completionPercentage,
            @JsonProperty("unanswered_required_questions") List<UnansweredQuestion> unansweredRequiredQuestions,
            @JsonProperty("checklist_uuid") String checklistUuid, @JsonProperty("checklist_name") String checklistName,
            @JsonProperty("checklist_description") String checklistDescription, Instant created, Instant modified,
            @JsonProperty("due_at") Instant dueAt, @JsonProperty("completed_at") Instant completedAt,
            @JsonProperty("expires_at") Instant expiresAt, int cycle,
            @JsonProperty("compliance_state") String complianceState) {

        static CompletionStatus of(CompletionState state) {
            Completion c = state.completion();
            CompletionFigures f = state.figures();
            return new CompletionStatus(Uuids.hex(c.uuid), state.isCompleted(), f.completionPercentage(),
                    f.unansweredRequired().stream().map(UnansweredQuestion::of).toList(), Uuids.hex(c.checklist.uuid),
                    c.checklist.name, c.checklist.description, c.created, c.modified, c.dueAt, c.completedAt,
                    c.expiresAt, c.cycle, c.complianceState);
        }
    }

    public record TriggerSummary(@JsonProperty("question_uuid") String questionUuid, String question, JsonNode answer,
            @JsonProperty("trigger_value") JsonNode triggerValue, String operator) {}

    public record ReviewStatus(String uuid, @JsonProperty("is_completed") boolean isCompleted,
            @JsonProperty("completion_percentage") double completionPercentage,
            @JsonProperty("unanswered_required_questions") List<UnansweredQuestion> unansweredRequiredQuestions,
            @JsonProperty("checklist_uuid") String checklistUuid, @JsonProperty("checklist_name") String checklistName,
            @JsonProperty("checklist_description") String checklistDescription,
            @JsonProperty("requires_review") boolean requiresReview, @JsonProperty("reviewed_by") String reviewedBy,
            @JsonProperty("reviewed_by_name") String reviewedByName, @JsonProperty("reviewed_at") Instant reviewedAt,
            @JsonProperty("review_notes") String reviewNotes,
            @JsonProperty("review_trigger_summary") List<TriggerSummary> reviewTriggerSummary, Instant created,
            Instant modified, @JsonProperty("due_at") Instant dueAt, @JsonProperty("completed_at") Instant completedAt,
            @JsonProperty("expires_at") Instant expiresAt, int cycle,
            @JsonProperty("compliance_state") String complianceState) {

        static ReviewStatus of(CompletionState state, List<TriggerSummary> triggers) {
            Completion c = state.completion();
            CompletionFigures f = state.figures();
            return new ReviewStatus(Uuids.hex(c.uuid), state.isCompleted(), f.completionPercentage(),
                    f.unansweredRequired().stream().map(UnansweredQuestion::of).toList(), Uuids.hex(c.checklist.uuid),
                    c.checklist.name, c.checklist.description, f.requiresReview(), Uuids.hex(c.reviewedBy),
                    c.reviewedByName, c.reviewedAt, c.reviewNotes, triggers, c.created, c.modified, c.dueAt,
                    c.completedAt, c.expiresAt, c.cycle, c.complianceState);
        }
    }

    /** requires_review is shown to reviewers only (null is omitted). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExistingAnswer(String uuid, @JsonProperty("answer_data") JsonNode answerData, String user,
            @JsonProperty("user_name") String userName, Instant created, Instant modified,
            @JsonProperty("requires_review") Boolean requiresReview) {

        static ExistingAnswer of(Answer a, boolean forReviewer) {
            return new ExistingAnswer(Uuids.hex(a.uuid), a.answerData, Uuids.hex(a.userUuid), a.userName, a.created,
                    a.modified, forReviewer ? a.requiresReview : null);
        }
    }

    public record OptionView(String uuid, String label, int order) {

        static OptionView of(QuestionOption o) {
            return new OptionView(Uuids.hex(o.uuid), o.label, o.sortOrder);
        }
    }

    /** One dependency of a question: shown when the answer to depends_on_question satisfies the operator. */
    public record DependencyView(@JsonProperty("depends_on_question") String dependsOnQuestion,
            @JsonProperty("required_answer_value") JsonNode requiredAnswerValue, String operator) {

        static List<DependencyView> of(QuestionSpec spec) {
            return spec.dependencies().stream().map(d -> new DependencyView(d.dependsOnQuestionUuid(),
                    d.requiredAnswerValue(), d.operator().apiName())).toList();
        }
    }

    /**
     * A question as the answering user sees it: no review trigger, but its range and its dependencies, so a client can
     * show the right input and re-evaluate visibility as answers change (with {@code include_all=true}).
     */
    public record QuestionView(String uuid, String description, @JsonProperty("question_type") String questionType,
            boolean required, int order, @JsonProperty("user_guidance") String userGuidance,
            @JsonProperty("min_value") Number minValue, @JsonProperty("max_value") Number maxValue,
            @JsonProperty("dependency_logic_operator") String dependencyLogicOperator,
            List<DependencyView> dependencies, @JsonProperty("existing_answer") ExistingAnswer existingAnswer,
            @JsonProperty("question_options") List<OptionView> questionOptions) {

        static QuestionView of(Question q, QuestionSpec spec, ExistingAnswer answer, List<OptionView> options) {
            return new QuestionView(Uuids.hex(q.uuid), q.description, q.questionType, q.required, q.sortOrder,
                    q.userGuidance, Decimals.plain(q.minValue), Decimals.plain(q.maxValue),
                    spec.dependencyLogic().apiName(), DependencyView.of(spec), answer, options);
        }
    }

    /** A question as a reviewer sees it: with its review trigger. */
    public record ReviewQuestionView(String uuid, String description,
            @JsonProperty("question_type") String questionType, boolean required, int order,
            @JsonProperty("user_guidance") String userGuidance,
            @JsonProperty("existing_answer") ExistingAnswer existingAnswer,
            @JsonProperty("question_options") List<OptionView> questionOptions, String operator,
            @JsonProperty("review_answer_value") JsonNode reviewAnswerValue,
            @JsonProperty("always_requires_review") boolean alwaysRequiresReview) {

        static ReviewQuestionView of(Question q, ExistingAnswer answer, List<OptionView> options) {
            return new ReviewQuestionView(Uuids.hex(q.uuid), q.description, q.questionType, q.required, q.sortOrder,
                    q.userGuidance, answer, options, q.operator, q.reviewAnswerValue, q.alwaysRequiresReview);
        }
    }

    public record ChecklistView(ChecklistHeader checklist, CompletionStatus completion, List<?> questions) {}

    public record SubmitResult(String detail, CompletionStatus completion) {}
}
