package org.offeringcompliance.checklist.option;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.offeringcompliance.checklist.checklist.Checklist;
import org.offeringcompliance.checklist.checklist.ChecklistEvents;
import org.offeringcompliance.checklist.question.Question;
import org.offeringcompliance.checklist.rules.OperatorCompatibility;
import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.api.JsonBody;
import org.offeringcompliance.common.api.Ordering;
import org.offeringcompliance.common.api.Where;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Options of select questions; each change is a change of its question (version, event). */
@ApplicationScoped
public class OptionService {

    static final int LABEL_LENGTH = 255;
    private static final Map<String, String> ORDERING = Map.of("order", "o.sortOrder");

    @Inject
    ChecklistEvents events;

    @Transactional
    public QuestionOption create(JsonNode body) {
        JsonBody json = JsonBody.of(body);
        UUID questionUuid = json.uuid("question");
        String label = json.requiredText("label", LABEL_LENGTH);
        int order = json.nonNegativeInt("order", 0);
        json.throwIfAny();
        Question question = Checklist.lockOwner(Question.OWNER, questionUuid) ? Question.findByUuid(questionUuid) : null;
        if (question == null) {
            throw ApiException.fieldError("question", "Question not found.");
        }
        if (!OperatorCompatibility.allowsOptions(question.type())) {
            throw ApiException.fieldError("question", "Options are only allowed on single_select and multi_select questions.");
        }
        QuestionOption option = new QuestionOption();
        option.uuid = UUID.randomUUID();
        option.question = question;
        option.label = label;
        option.sortOrder = order;
        option.persist();
        changed(question);
        return option;
    }

    public QuestionOption get(UUID uuid) {
        QuestionOption option = QuestionOption.findByUuid(uuid);
        if (option == null) {
            throw ApiException.notFound();
        }
        return option;
    }

    public PanacheQuery<QuestionOption> list(String questionUuid, String o) {
        Where where = new Where().uuid("o.question.uuid", "question_uuid", questionUuid);
        return QuestionOption.find("from QuestionOption o" + where.clause() + " order by "
                + Ordering.toSql(o, ORDERING, "order", "o.id"), where.params());
    }

    /** PATCH: label and order; the question cannot change. */
    @Transactional
    public QuestionOption update(UUID uuid, JsonNode body) {
        QuestionOption option = locked(uuid);
        JsonBody json = JsonBody.of(body);
        json.unchanged("question", option.question.uuid);
        String label = json.has("label") ? json.requiredText("label", LABEL_LENGTH) : option.label;
        int order = json.nonNegativeInt("order", option.sortOrder);
        json.throwIfAny();
        if (!label.equals(option.label) || order != option.sortOrder) {
            option.label = label;
            option.sortOrder = order;
            changed(option.question);
        }
        return option;
    }

    @Transactional
    public void delete(UUID uuid) {
        QuestionOption option = locked(uuid);
        option.delete();
        changed(option.question);
    }

    private static QuestionOption locked(UUID uuid) {
        QuestionOption option = Checklist.lockOwner(QuestionOption.OWNER, uuid) ? QuestionOption.findByUuid(uuid) : null;
        if (option == null) {
            throw ApiException.notFound();
        }
        return option;
    }

    private void changed(Question question) {
        question.touch();
        question.checklist.touch(); // retires cached snapshots of the checklist (ChecklistSnapshots)
        events.questionUpdated(question);
    }
}
