package org.offeringcompliance.checklist.dependency;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.offeringcompliance.checklist.checklist.Checklist;
import org.offeringcompliance.checklist.question.Question;
import org.offeringcompliance.checklist.rules.Operator;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** "Show {@code question} when the answer to {@code dependsOn} satisfies {@code operator requiredAnswerValue}." */
@Entity
@Table(name = "question_dependency")
public class QuestionDependency extends PanacheEntityBase {

    /** The owning checklist's id by dependency uuid, for Checklist.lockOwner. */
    public static final String OWNER = "select d.checklist.id from QuestionDependency d where d.uuid = ?1";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID uuid;
    /** The checklist of both questions. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "checklist_id")
    public Checklist checklist;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id")
    public Question question;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "depends_on_question_id")
    public Question dependsOn;
    @Column(name = "required_answer_value")
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode requiredAnswerValue;
    public String operator;
    public Instant created;
    public Instant modified;

    public static QuestionDependency findByUuid(UUID uuid) {
        return find("uuid", uuid).firstResult();
    }

    /** The dependencies of a question (with the questions they depend on), oldest first. */
    public static List<QuestionDependency> of(Question question) {
        return list("select d from QuestionDependency d join fetch d.dependsOn where d.question = ?1 order by d.created, d.id",
                question);
    }

    public Operator operator() {
        return Operator.fromApi(operator).orElseThrow();
    }
}
