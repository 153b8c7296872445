package org.offeringcompliance.checklist.completion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.offeringcompliance.checklist.checklist.Checklist;
import org.offeringcompliance.checklist.dependency.QuestionDependency;
import org.offeringcompliance.checklist.option.QuestionOption;
import org.offeringcompliance.checklist.question.Question;
import org.offeringcompliance.checklist.rules.DependencySpec;
import org.offeringcompliance.checklist.rules.Operator;
import org.offeringcompliance.checklist.rules.QuestionSpec;
import org.offeringcompliance.common.api.Uuids;

/** A checklist's questions with their options and dependencies, loaded in three queries, as the rules see them. */
public record ChecklistSnapshot(Checklist checklist, List<Question> questions, Map<Long, List<QuestionOption>> options,
        Map<String, QuestionSpec> specs) {

    public static ChecklistSnapshot load(Checklist checklist) {
        List<Question> questions = Question.list("checklist = ?1 order by sortOrder, id", checklist);
        Map<Long, List<QuestionOption>> options = QuestionOption
                .<QuestionOption>list("select o from QuestionOption o where o.question.checklist = ?1 "
                        + "order by o.sortOrder, o.id", checklist)
                .stream().collect(Collectors.groupingBy(o -> o.question.id, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<DependencySpec>> dependencies = new HashMap<>();
        QuestionDependency.<QuestionDependency>list("select d from QuestionDependency d join fetch d.dependsOn "
                + "where d.checklist = ?1 order by d.created, d.id", checklist)
                .forEach(d -> dependencies.computeIfAbsent(d.question.id, k -> new ArrayList<>())
                        .add(new DependencySpec(Uuids.hex(d.dependsOn.uuid), d.requiredAnswerValue,
                                Operator.fromApi(d.operator).orElseThrow())));
        Map<String, QuestionSpec> specs = new LinkedHashMap<>();
        for (Question q : questions) {
            specs.put(Uuids.hex(q.uuid), new QuestionSpec(Uuids.hex(q.uuid), q.description, q.type(), q.required,
                    q.minValue, q.maxValue,
                    options.getOrDefault(q.id, List.of()).stream().map(o -> Uuids.hex(o.uuid))
                            .collect(Collectors.toSet()),
                    q.alwaysRequiresReview, q.reviewOperator(), q.reviewAnswerValue, q.dependencyLogic(),
                    dependencies.getOrDefault(q.id, List.of())));
        }
        return new ChecklistSnapshot(checklist, questions, options, specs);
    }

    public List<QuestionSpec> specList() {
        return List.copyOf(specs.values());
    }

    public QuestionSpec spec(Question question) {
        return specs.get(Uuids.hex(question.uuid));
    }
}
