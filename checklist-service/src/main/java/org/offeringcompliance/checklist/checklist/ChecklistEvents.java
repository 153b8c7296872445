package org.offeringcompliance.checklist.checklist;

import static org.offeringcompliance.common.api.Uuids.hex;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.offeringcompliance.checklist.api.Decimals;
import org.offeringcompliance.checklist.dependency.QuestionDependency;
import org.offeringcompliance.checklist.messaging.EventData.ChecklistData;
import org.offeringcompliance.checklist.messaging.EventData.DependencyData;
import org.offeringcompliance.checklist.messaging.EventData.OptionData;
import org.offeringcompliance.checklist.messaging.EventData.QuestionData;
import org.offeringcompliance.checklist.messaging.Topics;
import org.offeringcompliance.checklist.option.QuestionOption;
import org.offeringcompliance.checklist.question.Question;
import org.offeringcompliance.common.events.Outbox;

/** Every checklist and question fact, written to the outbox inside the caller's transaction. */
@ApplicationScoped
public class ChecklistEvents {

    @Inject
    Outbox outbox;

    public void checklistCreated(Checklist c) {
        checklist("created", c);
    }

    public void checklistUpdated(Checklist c) {
        checklist("updated", c);
    }

    public void checklistDeleted(Checklist c) {
        checklist("deleted", c);
    }

    private void checklist(String what, Checklist c) {
        outbox.publish(Topics.CHECKLISTS, "checklist.checklist." + what, hex(c.uuid), new ChecklistData(hex(c.uuid),
                c.name, c.description, c.checklistType, c.questionsCount, c.requiredQuestionsCount, c.version, c.created,
                c.modified));
    }

    public void questionCreated(Question q) {
        question("created", q, QuestionOption.ofQuestions(List.of(q)), QuestionDependency.of(q));
    }

    public void questionUpdated(Question q) {
        question("updated", q, QuestionOption.ofQuestions(List.of(q)), QuestionDependency.of(q));
    }

    /** After the deletion, with the options and dependencies the question had. */
    public void questionDeleted(Question q, List<QuestionOption> options, List<QuestionDependency> dependencies) {
        question("deleted", q, options, dependencies);
    }

    private void question(String what, Question q, List<QuestionOption> options, List<QuestionDependency> dependencies) {
        Checklist c = q.checklist;
        outbox.publish(Topics.CHECKLISTS, "checklist.question." + what, hex(c.uuid), new QuestionData(hex(q.uuid),
                hex(c.uuid), q.description, q.questionType, q.required, q.sortOrder, q.userGuidance,
                Decimals.plain(q.minValue), Decimals.plain(q.maxValue), q.alwaysRequiresReview, q.reviewAnswerValue,
                q.operator, q.dependencyLogicOperator,
                options.stream().map(o -> new OptionData(hex(o.uuid), o.label, o.sortOrder)).toList(),
                dependencies.stream().map(d -> new DependencyData(hex(d.uuid), hex(d.dependsOn.uuid),
                        d.requiredAnswerValue, d.operator)).toList(),
                q.version, c.questionsCount, c.requiredQuestionsCount, c.version, q.created, q.modified));
    }
}
