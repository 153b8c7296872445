package org.offeringcompliance.checklist.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.offeringcompliance.checklist.rules.Questions.json;
import static org.offeringcompliance.checklist.rules.Questions.question;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class VisibilityTest {

    private final QuestionSpec hasData = question(QuestionType.BOOLEAN).description("has data").build();
    private final QuestionSpec country = question(QuestionType.COUNTRY).description("country").build();

    @Test
    void questionsWithoutDependenciesAreAlwaysVisible() {
        assertEquals(List.of(hasData, country), Visibility.visibleQuestions(List.of(hasData, country), Map.of()));
    }

    @Test
    void dependencyHoldsOrNot() {
        QuestionSpec details = question(QuestionType.TEXT_AREA).dependsOn(hasData, Operator.EQUALS, "true").build();
        List<QuestionSpec> all = List.of(hasData, details);
        assertEquals(all, Visibility.visibleQuestions(all, Map.of(hasData.uuid(), json("true"))));
        assertEquals(List.of(hasData), Visibility.visibleQuestions(all, Map.of(hasData.uuid(), json("false"))));
    }

    @Test
    void dependencyOnUnansweredQuestionIsFalseEvenForNegativeOperators() {
        QuestionSpec ifNotTrue = question(QuestionType.TEXT_AREA).dependsOn(hasData, Operator.NOT_EQUALS, "true").build();
        QuestionSpec ifNotIn = question(QuestionType.TEXT_AREA).dependsOn(country, Operator.NOT_IN, "['US']").build();
        List<QuestionSpec> all = List.of(hasData, country, ifNotTrue, ifNotIn);
        assertEquals(List.of(hasData, country), Visibility.visibleQuestions(all, Map.of()));
    }

    @Test
    void andNeedsEveryDependency() {
        QuestionSpec q = question(QuestionType.TEXT_INPUT).logic(LogicOperator.AND)
                .dependsOn(hasData, Operator.EQUALS, "true")
                .dependsOn(country, Operator.IN, "['US','CA']")
                .build();
        List<QuestionSpec> all = List.of(hasData, country, q);
        assertEquals(all, Visibility.visibleQuestions(all, answers(hasData, "true", country, "'US'")));
        assertEquals(List.of(hasData, country), Visibility.visibleQuestions(all, answers(hasData, "true", country, "'EE'")));
        assertEquals(List.of(hasData, country), Visibility.visibleQuestions(all, Map.of(hasData.uuid(), json("true"))));
    }

    @Test
    void orNeedsAnyDependency() {
        QuestionSpec q = question(QuestionType.TEXT_INPUT).logic(LogicOperator.OR)
                .dependsOn(hasData, Operator.EQUALS, "true")
                .dependsOn(country, Operator.IN, "['US','CA']")
                .build();
        List<QuestionSpec> all = List.of(hasData, country, q);
        assertEquals(all, Visibility.visibleQuestions(all, answers(hasData, "false", country, "'CA'")));
        assertEquals(all, Visibility.visibleQuestions(all, Map.of(hasData.uuid(), json("true"))));
        assertEquals(List.of(hasData, country), Visibility.visibleQuestions(all, answers(hasData, "false", country, "'EE'")));
    }

    @Test
    void logicDefaultsToAnd() {
        QuestionSpec q = new QuestionSpec(Questions.newUuid(), "q", QuestionType.TEXT_INPUT, false, null, null, null, false,
                null, null, null, List.of(new DependencySpec(hasData.uuid(), json("true"), Operator.EQUALS),
                        new DependencySpec(country.uuid(), json("'EE'"), Operator.EQUALS)));
        assertEquals(LogicOperator.AND, q.dependencyLogic());
        List<QuestionSpec> all = List.of(hasData, country, q);
        assertEquals(List.of(hasData, country), Visibility.visibleQuestions(all, Map.of(hasData.uuid(), json("true"))));
    }

    @Test
    void dependencyOnHiddenQuestionCountsAsUnansweredSoHidingCascades() {
        QuestionSpec middle = question(QuestionType.COUNTRY).dependsOn(hasData, Operator.EQUALS, "true").build();
        QuestionSpec leaf = question(QuestionType.TEXT_INPUT).dependsOn(middle, Operator.EQUALS, "'EE'").build();
        // listed before what it depends on: order of evaluation must not matter
        List<QuestionSpec> all = List.of(leaf, middle, hasData);
        // the middle answer "EE" is stale: hasData was switched off afterwards
        Map<String, JsonNode> answers = answers(hasData, "false", middle, "'EE'");
        assertEquals(List.of(hasData), Visibility.visibleQuestions(all, answers));
        assertEquals(all, Visibility.visibleQuestions(all, answers(hasData, "true", middle, "'EE'")));
    }

    @Test
    void dependencyOnUnknownQuestionIsFalse() {
        QuestionSpec ghost = question(QuestionType.BOOLEAN).build();
        QuestionSpec q = question(QuestionType.TEXT_INPUT).dependsOn(ghost, Operator.EQUALS, "true").build();
        assertEquals(List.of(), Visibility.visibleQuestions(List.of(q), Map.of(ghost.uuid(), json("true"))));
    }

    @Test
    void cyclesTerminateAndHide() {
        String aUuid = Questions.newUuid();
        String bUuid = Questions.newUuid();
        QuestionSpec a = question(QuestionType.BOOLEAN).uuid(aUuid)
                .dependsOn(question(QuestionType.BOOLEAN).uuid(bUuid).build(), Operator.EQUALS, "true")
                .build();
        QuestionSpec b = question(QuestionType.BOOLEAN).uuid(bUuid).dependsOn(a, Operator.EQUALS, "true").build();
        QuestionSpec self = question(QuestionType.BOOLEAN).build();
        QuestionSpec selfLoop = question(QuestionType.BOOLEAN).uuid(self.uuid()).dependsOn(self, Operator.EQUALS, "true")
                .build();
        assertEquals(List.of(hasData),
                Visibility.visibleQuestions(List.of(a, b, selfLoop, hasData), answers(a, "true", b, "true")));
    }

    @Test
    void answerKeysMayBeHyphenated() {
        QuestionSpec details = question(QuestionType.TEXT_AREA).dependsOn(hasData, Operator.EQUALS, "true").build();
        List<QuestionSpec> all = List.of(hasData, details);
        assertEquals(all, Visibility.visibleQuestions(all,
                Map.of(AnswerValidatorTest.hyphenated(hasData.uuid()).toUpperCase(), json("true"))));
    }

    private static Map<String, JsonNode> answers(QuestionSpec q1, String a1, QuestionSpec q2, String a2) {
        return Map.of(q1.uuid(), json(a1), q2.uuid(), json(a2));
    }
}
