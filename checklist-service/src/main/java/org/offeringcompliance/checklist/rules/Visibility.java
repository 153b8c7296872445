package org.offeringcompliance.checklist.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which questions are shown under their dependencies. A dependency on a hidden question counts as unanswered (its answer
 * is ignored), so hiding cascades down a chain. A dependency on an unknown question, or one that closes a cycle, is
 * false too.
 */
public final class Visibility {

    private Visibility() {}

    /**
     * @param answers the answer used for each question's dependencies, keyed by question uuid (hex or hyphenated)
     * @return the visible questions, in the given order
     */
    public static List<QuestionSpec> visibleQuestions(List<QuestionSpec> questions, Map<String, JsonNode> answers) {
        Evaluation evaluation = new Evaluation(questions, answers);
        return questions.stream().filter(evaluation::isVisible).toList();
    }

    /** Memoised depth-first evaluation; a question met again while being evaluated closes a cycle and counts as hidden. */
    private static final class Evaluation {
        private final Map<String, QuestionSpec> byUuid;
        private final Map<String, JsonNode> answers = new HashMap<>();
        private final Map<String, Boolean> visible = new HashMap<>();
        private final Set<String> inProgress = new HashSet<>();

        Evaluation(List<QuestionSpec> questions, Map<String, JsonNode> answers) {
            this.byUuid = questions.stream().collect(Collectors.toMap(QuestionSpec::uuid, Function.identity(), (a, b) -> a));
            answers.forEach((uuid, answer) -> this.answers.put(HexIds.canonical(uuid), answer));
        }

        boolean isVisible(QuestionSpec question) {
            Boolean known = visible.get(question.uuid());
            if (known != null) {
                return known;
            }
            if (!inProgress.add(question.uuid())) {
                return false;
            }
            boolean result = dependenciesHold(question);
            inProgress.remove(question.uuid());
            visible.put(question.uuid(), result);
            return result;
        }

        private boolean dependenciesHold(QuestionSpec question) {
            if (question.dependencies().isEmpty()) {
                return true;
            }
            if (question.dependencyLogic() == LogicOperator.OR) {
                return question.dependencies().stream().anyMatch(this::holds);
            }
            return question.dependencies().stream().allMatch(this::holds);
        }

        private boolean holds(DependencySpec dependency) {
            QuestionSpec target = byUuid.get(dependency.dependsOnQuestionUuid());
            if (target == null || !isVisible(target)) {
                return false;
            }
            JsonNode answer = answers.get(target.uuid());
            return Operators.apply(dependency.operator(), answer, dependency.requiredAnswerValue());
        }
    }
}
