package org.offeringcompliance.checklist.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offeringcompliance.checklist.rules.Questions.json;
import static org.offeringcompliance.checklist.rules.Questions.question;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

class CompletionFiguresTest {

    @Test
    void noQuestionsIsCompleteAtHundredPercent() {
        CompletionFigures figures = CompletionFigures.compute(List.of(), Map.of());
        assertTrue(figures.isCompleted());
        assertEquals(100.0, figures.completionPercentage());
        assertEquals(List.of(), figures.unansweredRequired());
        assertFalse(figures.requiresReview());
    }

    @Test
    void twoQuestionsOneRequiredOneAnswered() {
        QuestionSpec required = question(QuestionType.TEXT_INPUT).required().build();
        QuestionSpec optional = question(QuestionType.TEXT_INPUT).build();
        CompletionFigures figures = CompletionFigures.compute(List.of(required, optional), answers(optional, "'x'"));
        assertFalse(figures.isCompleted());
        assertEquals(50.0, figures.completionPercentage());
        assertEquals(List.of(required), figures.unansweredRequired());

        figures = CompletionFigures.compute(List.of(required, optional), answers(required, "'x'"));
        assertTrue(figures.isCompleted());
        assertEquals(50.0, figures.completionPercentage());
        assertEquals(List.of(), figures.unansweredRequired());
    }

    @Test
    void tenQuestionsOneAnswered() {
        List<QuestionSpec> questions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            questions.add(question(QuestionType.TEXT_INPUT).build());
        }
        assertEquals(10.0, CompletionFigures.compute(questions, answers(questions.get(3), "'x'")).completionPercentage());
    }

    @Test
    void roundsToOneDecimalHalfUp() {
        List<QuestionSpec> three = List.of(question(QuestionType.BOOLEAN).build(), question(QuestionType.BOOLEAN).build(),
                question(QuestionType.BOOLEAN).build());
        assertEquals(0.0, CompletionFigures.compute(three, Map.of()).completionPercentage());
        assertEquals(33.3, CompletionFigures.compute(three, answers(three.get(0), "true")).completionPercentage());
        Map<String, List<JsonNode>> two = answers(three.get(0), "true");
        two.putAll(answers(three.get(2), "false"));
        assertEquals(66.7, CompletionFigures.compute(three, two).completionPercentage());

        List<QuestionSpec> eight = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            eight.add(question(QuestionType.BOOLEAN).build());
        }
        // 1/8 = 12.5 exactly; 1/16 would need a second decimal: 3/16 = 18.75 -> 18.8
        assertEquals(12.5, CompletionFigures.compute(eight, answers(eight.get(0), "true")).completionPercentage());
        List<QuestionSpec> sixteen = new ArrayList<>(eight);
        sixteen.addAll(eight.stream().map(q -> question(QuestionType.BOOLEAN).build()).toList());
        Map<String, List<JsonNode>> threeOfSixteen = answers(sixteen.get(0), "true");
        threeOfSixteen.putAll(answers(sixteen.get(1), "true"));
        threeOfSixteen.putAll(answers(sixteen.get(2), "true"));
        assertEquals(18.8, CompletionFigures.compute(sixteen, threeOfSixteen).completionPercentage());
    }

    @Test
    void aQuestionCountsOnceHoweverManyUsersAnswered() {
        QuestionSpec q1 = question(QuestionType.TEXT_INPUT).required().build();
        QuestionSpec q2 = question(QuestionType.TEXT_INPUT).required().build();
        Map<String, List<JsonNode>> answers = Map.of(q1.uuid(), List.of(json("'by user'"), json("'by provider'")));
        CompletionFigures figures = CompletionFigures.compute(List.of(q1, q2), answers);
        assertEquals(50.0, figures.completionPercentage());
        assertEquals(List.of(q2), figures.unansweredRequired());
        assertFalse(figures.isCompleted());
    }

    @Test
    void answersToUnknownQuestionsAreIgnored() {
        QuestionSpec q = question(QuestionType.TEXT_INPUT).build();
        CompletionFigures figures = CompletionFigures.compute(List.of(q),
                answers(question(QuestionType.TEXT_INPUT).build(), "'x'"));
        assertEquals(0.0, figures.completionPercentage());
    }

    @Test
    void nullAnswersDoNotCount() {
        QuestionSpec q = question(QuestionType.TEXT_INPUT).required().build();
        Map<String, List<JsonNode>> answers = new HashMap<>();
        answers.put(q.uuid(), Arrays.asList(null, NullNode.getInstance()));
        CompletionFigures figures = CompletionFigures.compute(List.of(q), answers);
        assertFalse(figures.isCompleted());
        assertEquals(0.0, figures.completionPercentage());
    }

    @Test
    void emptyValuesStillCountAsAnswers() {
        QuestionSpec q = question(QuestionType.TEXT_INPUT).required().build();
        assertTrue(CompletionFigures.compute(List.of(q), answers(q, "''")).isCompleted());
    }

    @Test
    void hiddenRequiredQuestionsDoNotBlockCompletionNorCountInPercentage() {
        QuestionSpec hasData = question(QuestionType.BOOLEAN).required().build();
        QuestionSpec details = question(QuestionType.TEXT_AREA).required().dependsOn(hasData, Operator.EQUALS, "true").build();
        List<QuestionSpec> questions = List.of(hasData, details);

        CompletionFigures hidden = CompletionFigures.compute(questions, answers(hasData, "false"));
        assertTrue(hidden.isCompleted());
        assertEquals(100.0, hidden.completionPercentage());

        CompletionFigures shown = CompletionFigures.compute(questions, answers(hasData, "true"));
        assertFalse(shown.isCompleted());
        assertEquals(50.0, shown.completionPercentage());
        assertEquals(List.of(details), shown.unansweredRequired());
    }

    @Test
    void staleAnswerToHiddenQuestionDoesNotRaiseThePercentage() {
        QuestionSpec hasData = question(QuestionType.BOOLEAN).build();
        QuestionSpec details = question(QuestionType.TEXT_AREA).dependsOn(hasData, Operator.EQUALS, "true").build();
        Map<String, List<JsonNode>> answers = answers(hasData, "false");
        answers.putAll(answers(details, "'old'"));
        assertEquals(100.0, CompletionFigures.compute(List.of(hasData, details), answers).completionPercentage());
    }

    @Test
    void visibilityUsesTheFirstAnswer() {
        QuestionSpec hasData = question(QuestionType.BOOLEAN).build();
        QuestionSpec details = question(QuestionType.TEXT_AREA).required().dependsOn(hasData, Operator.EQUALS, "true").build();
        List<QuestionSpec> questions = List.of(hasData, details);
        assertTrue(CompletionFigures.compute(questions, Map.of(hasData.uuid(), List.of(json("false"), json("true"))))
                .isCompleted());
        assertFalse(CompletionFigures.compute(questions, Map.of(hasData.uuid(), List.of(json("true"), json("false"))))
                .isCompleted());
    }

    @Test
    void addingARequiredQuestionMakesItIncompleteAndDeletingItCompletesIt() {
        QuestionSpec q1 = question(QuestionType.TEXT_INPUT).required().build();
        QuestionSpec q2 = question(QuestionType.TEXT_INPUT).required().build();
        Map<String, List<JsonNode>> answers = answers(q1, "'x'");
        assertTrue(CompletionFigures.compute(List.of(q1), answers).isCompleted());
        assertFalse(CompletionFigures.compute(List.of(q1, q2), answers).isCompleted());
    }

    @Test
    void requiresReviewWhenAnyUsersAnswerTriggers() {
        QuestionSpec risk = question(QuestionType.SINGLE_SELECT).reviewWhen(Operator.IN, "['high']").build();
        assertFalse(CompletionFigures.compute(List.of(risk), Map.of(risk.uuid(), List.of(json("['low']")))).requiresReview());
        assertTrue(CompletionFigures.compute(List.of(risk), Map.of(risk.uuid(), List.of(json("['low']"), json("['high']"))))
                .requiresReview());
    }

    @Test
    void reviewIsReEvaluatedFromCurrentAnswers() {
        QuestionSpec notes = question(QuestionType.TEXT_AREA).reviewWhen(Operator.CONTAINS, "'sensitive'").build();
        assertTrue(CompletionFigures.compute(List.of(notes), answers(notes, "'sensitive data'")).requiresReview());
        // the same answer row re-submitted with a harmless value: the flag must drop
        assertFalse(CompletionFigures.compute(List.of(notes), answers(notes, "'public data'")).requiresReview());
        assertFalse(CompletionFigures.compute(List.of(notes), Map.of()).requiresReview());
    }

    @Test
    void answersToHiddenQuestionsStillCountForReview() {
        QuestionSpec hasData = question(QuestionType.BOOLEAN).build();
        QuestionSpec details = question(QuestionType.TEXT_AREA).alwaysReview().dependsOn(hasData, Operator.EQUALS, "true")
                .build();
        Map<String, List<JsonNode>> answers = answers(hasData, "false");
        answers.putAll(answers(details, "'x'"));
        assertTrue(CompletionFigures.compute(List.of(hasData, details), answers).requiresReview());
    }

    @Test
    void alwaysReviewQuestionWithoutAnswerDoesNotRequireReview() {
        QuestionSpec q = question(QuestionType.TEXT_AREA).alwaysReview().build();
        assertFalse(CompletionFigures.compute(List.of(q), Map.of()).requiresReview());
    }

    private static Map<String, List<JsonNode>> answers(QuestionSpec q, String answer) {
        Map<String, List<JsonNode>> map = new HashMap<>();
        map.put(q.uuid(), List.of(json(answer)));
        return map;
    }
}
