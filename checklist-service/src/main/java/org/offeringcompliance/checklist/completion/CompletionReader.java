package org.offeringcompliance.checklist.completion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.offeringcompliance.checklist.completion.CompletionViews.ChecklistHeader;
import org.offeringcompliance.checklist.completion.CompletionViews.ChecklistView;
import org.offeringcompliance.checklist.completion.CompletionViews.CompletionStatus;
import org.offeringcompliance.checklist.completion.CompletionViews.ExistingAnswer;
import org.offeringcompliance.checklist.completion.CompletionViews.OptionView;
import org.offeringcompliance.checklist.completion.CompletionViews.QuestionView;
import org.offeringcompliance.checklist.completion.CompletionViews.ReviewQuestionView;
import org.offeringcompliance.checklist.completion.CompletionViews.ReviewStatus;
import org.offeringcompliance.checklist.completion.CompletionViews.TriggerSummary;
import org.offeringcompliance.checklist.question.Question;
import org.offeringcompliance.checklist.rules.QuestionSpec;
import org.offeringcompliance.checklist.rules.Visibility;
import org.offeringcompliance.common.api.Uuids;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/** Builds the read views of a completion: the checklist with answers, and the review status. */
final class CompletionReader {

    private CompletionReader() {}

    /**
     * The questions (visible ones unless includeAll) with each one's existing answer: the caller's own, else the
     * first anyone gave.
     */
    static ChecklistView checklist(CompletionState state, UUID caller, boolean includeAll, boolean forReviewer) {
        Set<String> shown = new HashSet<>();
        List<QuestionSpec> listed = includeAll
                ? state.snapshot().specList()
                : Visibility.visibleQuestions(state.snapshot().specList(), firstAnswers(state));
        listed.forEach(q -> shown.add(q.uuid()));
        List<Object> questions = new ArrayList<>();
        for (Question q : state.snapshot().questions()) {
            if (!shown.contains(Uuids.hex(q.uuid))) {
                continue;
            }
            ExistingAnswer answer = existingAnswer(state, q, caller, forReviewer);
            List<OptionView> options = state.snapshot().options().getOrDefault(q.id, List.of()).stream()
                    .map(OptionView::of).toList();
            questions.add(forReviewer
                    ? ReviewQuestionView.of(q, answer, options)
                    : QuestionView.of(q, state.snapshot().spec(q), answer, options));
        }
        return new ChecklistView(ChecklistHeader.of(state.completion().checklist),
                CompletionStatus.of(state), questions);
    }

    static ReviewStatus reviewStatus(CompletionState state) {
        List<TriggerSummary> triggers = new ArrayList<>();
        for (Answer a : state.answers()) {
            if (a.requiresReview) {
                Question q = a.question;
                JsonNode trigger = q.alwaysRequiresReview && q.reviewAnswerValue == null
                        ? TextNode.valueOf("always")
                        : q.reviewAnswerValue;
                triggers.add(new TriggerSummary(Uuids.hex(q.uuid), q.description, a.answerData, trigger,
                        q.operator == null ? "always" : q.operator));
            }
        }
        return ReviewStatus.of(state, triggers);
    }

    private static Map<String, JsonNode> firstAnswers(CompletionState state) {
        Map<String, JsonNode> first = new LinkedHashMap<>();
        state.answers().forEach(a -> first.putIfAbsent(Uuids.hex(a.question.uuid), a.answerData));
        return first;
    }

    private static ExistingAnswer existingAnswer(CompletionState state, Question q, UUID caller, boolean forReviewer) {
        Answer first = null;
        for (Answer a : state.answers()) {
            if (a.question.id.equals(q.id)) {
                if (a.userUuid.equals(caller)) {
                    return ExistingAnswer.of(a, forReviewer);
                }
                first = first == null ? a : first;
            }
        }
        return first == null ? null : ExistingAnswer.of(first, forReviewer);
    }
}
