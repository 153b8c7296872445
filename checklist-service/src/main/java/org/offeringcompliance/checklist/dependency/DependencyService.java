package org.offeringcompliance.checklist.dependency;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.offeringcompliance.checklist.api.Timestamps;
import org.offeringcompliance.checklist.checklist.Checklist;
import org.offeringcompliance.checklist.checklist.ChecklistEvents;
import org.offeringcompliance.checklist.question.Question;
import org.offeringcompliance.checklist.question.QuestionSettings;
import org.offeringcompliance.checklist.rules.DependencyCycles;
import org.offeringcompliance.checklist.rules.Operator;
import org.offeringcompliance.checklist.rules.OperatorCompatibility;
import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.api.FieldErrors;
import org.offeringcompliance.common.api.JsonBody;
import org.offeringcompliance.common.api.Ordering;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.api.Where;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Dependencies between questions of one checklist; each change is a change of the dependent question. */
@ApplicationScoped
public class DependencyService {

    private static final Map<String, String> ORDERING = Map.of("created", "d.created", "modified", "d.modified");

    @Inject
    ChecklistEvents events;

    @Transactional
    public QuestionDependency create(JsonNode body) {
        JsonBody json = JsonBody.of(body);
        UUID questionUuid = json.uuid("question");
        UUID dependsOnUuid = json.uuid("depends_on_question");
        JsonNode required = json.json("required_answer_value", null);
        if (required == null) {
            json.errors().add("required_answer_value",
                    json.has("required_answer_value") ? JsonBody.NOT_NULL : FieldErrors.REQUIRED);
        }
        Operator operator = json.choice("operator", Operator::fromApi, false, Operator.EQUALS);
        json.throwIfAny();
        Question question = Checklist.lockOwner(Question.OWNER, questionUuid) ? Question.findByUuid(questionUuid) : null;
        if (question == null) {
            throw ApiException.fieldError("question", "Question not found.");
        }
        Question dependsOn = dependsOn(question, dependsOnUuid, operator);
        QuestionDependency dependency = new QuestionDependency();
        dependency.uuid = UUID.randomUUID();
        dependency.checklist = question.checklist;
        dependency.question = question;
        dependency.dependsOn = dependsOn;
        dependency.requiredAnswerValue = required;
        dependency.operator = operator.apiName();
        dependency.created = Timestamps.now();
        dependency.modified = dependency.created;
        dependency.persist();
        changed(question);
        return dependency;
    }

    public QuestionDependency get(UUID uuid) {
        QuestionDependency dependency = QuestionDependency.findByUuid(uuid);
        if (dependency == null) {
            throw ApiException.notFound();
        }
        return dependency;
    }

    public PanacheQuery<QuestionDependency> list(String questionUuid, String dependsOnUuid, String checklistUuid, String o) {
        Where where = new Where().uuid("d.question.uuid", "question_uuid", questionUuid)
                .uuid("d.dependsOn.uuid", "depends_on_question_uuid", dependsOnUuid)
                .uuid("d.checklist.uuid", "checklist_uuid", checklistUuid);
        return QuestionDependency.find("from QuestionDependency d" + where.clause() + " order by "
                + Ordering.toSql(o, ORDERING, "created", "d.id"), where.params());
    }

    @Transactional
    public void delete(UUID uuid) {
        QuestionDependency dependency = Checklist.lockOwner(QuestionDependency.OWNER, uuid)
                ? QuestionDependency.findByUuid(uuid)
                : null;
        if (dependency == null) {
            throw ApiException.notFound();
        }
        dependency.delete();
        changed(dependency.question);
    }

    /** The question depended on: in the same checklist, comparable with the operator, and closing no cycle. */
    private static Question dependsOn(Question question, UUID dependsOnUuid, Operator operator) {
        Question dependsOn = Question.findByUuid(dependsOnUuid);
        if (dependsOn == null) {
            throw ApiException.fieldError("depends_on_question", "Question not found.");
        }
        if (!dependsOn.checklist.id.equals(question.checklist.id)) {
            throw ApiException.fieldError("depends_on_question", "Must be a question of the same checklist.");
        }
        FieldErrors errors = new FieldErrors();
        if (!OperatorCompatibility.allowed(dependsOn.type(), operator)) {
            errors.add("operator", QuestionSettings.incompatible(operator, dependsOn.type()));
        }
        if (DependencyCycles.wouldCreateCycle(edges(question.checklist), Uuids.hex(question.uuid), Uuids.hex(dependsOn.uuid))) {
            errors.add("depends_on_question", "Circular dependency detected.");
        }
        errors.throwIfAny();
        return dependsOn;
    }

    /** The checklist's dependency graph: question uuid -> uuids of the questions it depends on. */
    private static Map<String, Set<String>> edges(Checklist checklist) {
        Map<String, Set<String>> edges = new HashMap<>();
        QuestionDependency.getEntityManager()
                .createQuery("select d.question.uuid, d.dependsOn.uuid from QuestionDependency d where d.checklist = ?1",
                        Object[].class)
                .setParameter(1, checklist).getResultStream()
                .forEach(row -> edges.computeIfAbsent(Uuids.hex((UUID) row[0]), k -> new HashSet<>())
                        .add(Uuids.hex((UUID) row[1])));
        return edges;
    }

    private void changed(Question question) {
        question.touch();
        question.checklist.touch(); // retires cached snapshots of the checklist (ChecklistSnapshots)
        events.questionUpdated(question);
    }
}
