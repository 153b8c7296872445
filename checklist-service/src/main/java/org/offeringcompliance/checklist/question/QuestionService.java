package org.offeringcompliance.checklist.question;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.offeringcompliance.checklist.api.Timestamps;
import org.offeringcompliance.checklist.checklist.Checklist;
import org.offeringcompliance.checklist.checklist.ChecklistEvents;
import org.offeringcompliance.checklist.dependency.QuestionDependency;
import org.offeringcompliance.checklist.option.QuestionOption;
import org.offeringcompliance.checklist.rules.OperatorCompatibility;
import org.offeringcompliance.checklist.rules.QuestionType;
import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.api.FieldErrors;
import org.offeringcompliance.common.api.JsonBody;
import org.offeringcompliance.common.api.Ordering;
import org.offeringcompliance.common.api.Where;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Questions of a checklist; every change re-counts the checklist's questions and publishes an event. */
@ApplicationScoped
public class QuestionService {

    private static final Map<String, String> ORDERING = Map.of("order", "q.sortOrder", "created", "q.created",
            "modified", "q.modified");

    @Inject
    ChecklistEvents events;

    @Transactional
    public Question create(JsonNode body) {
        JsonBody json = JsonBody.of(body);
        UUID checklistUuid = json.uuid("checklist");
        QuestionSettings settings = QuestionSettings.read(json, QuestionSettings.DEFAULTS);
        json.throwIfAny();
        settings.check(json.errors());
        json.throwIfAny();
        Checklist checklist = Checklist.lockByUuid(checklistUuid);
        if (checklist == null) {
            throw ApiException.fieldError("checklist", "Checklist not found.");
        }
        Question question = new Question();
        question.uuid = UUID.randomUUID();
        question.checklist = checklist;
        settings.applyTo(question);
        question.version = 1;
        question.created = Timestamps.now();
        question.modified = question.created;
        question.persist();
        recount(checklist);
        events.questionCreated(question);
        return question;
    }

    public Question get(UUID uuid) {
        Question question = Question.findByUuid(uuid);
        if (question == null) {
            throw ApiException.notFound();
        }
        return question;
    }

    /** The questions, of one checklist when given, ordered by {@code o} (default: order). */
    public PanacheQuery<Question> list(UUID checklist, String o) {
        Where where = new Where().equal("q.checklist.uuid", "checklist", checklist);
        return Question.find("from Question q" + where.clause() + " order by " + Ordering.toSql(o, ORDERING, "order", "q.id"),
                where.params());
    }

    /** PATCH: any field of the POST but checklist; the result must satisfy the same rules. */
    @Transactional
    public Question update(UUID uuid, JsonNode body) {
        Question question = locked(uuid);
        JsonBody json = JsonBody.of(body);
        json.unchanged("checklist", question.checklist.uuid);
        QuestionSettings current = QuestionSettings.of(question);
        QuestionSettings settings = QuestionSettings.read(json, current);
        json.throwIfAny();
        settings.check(json.errors());
        if (settings.type() != current.type()) {
            checkTypeChange(question, settings.type(), json.errors());
        }
        json.throwIfAny();
        if (settings.equals(current)) {
            return question;
        }
        settings.applyTo(question);
        question.touch();
        recount(question.checklist);
        events.questionUpdated(question);
        return question;
    }

    /** Deletes the question with its options and dependencies; questions that depended on it change too. */
    @Transactional
    public void delete(UUID uuid) {
        Question question = locked(uuid);
        List<QuestionOption> options = QuestionOption.ofQuestions(List.of(question));
        List<QuestionDependency> dependencies = QuestionDependency.of(question);
        List<Question> dependents = Question.list(
                "id in (select d.question.id from QuestionDependency d where d.dependsOn = ?1) order by id", question);
        QuestionDependency.delete("question = ?1 or dependsOn = ?1", question);
        QuestionOption.delete("question", question);
        question.delete();
        recount(question.checklist);
        events.questionDeleted(question, options, dependencies);
        for (Question dependent : dependents) {
            dependent.touch();
            events.questionUpdated(dependent);
        }
    }

    /** The question, after locking its checklist (see {@link Checklist#lockOwner}); 404 when there is none. */
    public static Question locked(UUID uuid) {
        Question question = Checklist.lockOwner(Question.OWNER, uuid) ? Question.findByUuid(uuid) : null;
        if (question == null) {
            throw ApiException.notFound();
        }
        return question;
    }

    private static void checkTypeChange(Question question, QuestionType type, FieldErrors errors) {
        if (!OperatorCompatibility.allowsOptions(type) && QuestionOption.count("question", question) > 0) {
            errors.add("question_type",
                    "Only single_select and multi_select questions have options; delete the options first.");
        }
        boolean dependentsBreak = QuestionDependency.<QuestionDependency>list("dependsOn", question).stream()
                .anyMatch(d -> !OperatorCompatibility.allowed(type, d.operator()));
        if (dependentsBreak) {
            errors.add("question_type", "Other questions depend on this one with an operator this type does not support.");
        }
    }

    private static void recount(Checklist checklist) {
        checklist.questionsCount = (int) Question.count("checklist", checklist);
        checklist.requiredQuestionsCount = (int) Question.count("checklist = ?1 and required = true", checklist);
        checklist.touch();
    }
}
