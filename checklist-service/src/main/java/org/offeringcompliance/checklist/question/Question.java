package org.offeringcompliance.checklist.question;

import java.math.BigDecimal;
import java.time.Instant;
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
import org.offeringcompliance.checklist.api.Timestamps;
import org.offeringcompliance.checklist.checklist.Checklist;
import org.offeringcompliance.checklist.rules.LogicOperator;
import org.offeringcompliance.checklist.rules.Operator;
import org.offeringcompliance.checklist.rules.QuestionType;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One question of a checklist. Types and operators are stored in their wire form (see the rules package). */
@Entity
@Table(name = "question")
public class Question extends PanacheEntityBase {

    /** The owning checklist's id by question uuid, for {@link Checklist#lockOwner}. */
    public static final String OWNER = "select q.checklist.id from Question q where q.uuid = ?1";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID uuid;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "checklist_id")
    public Checklist checklist;
    public String description;
    @Column(name = "question_type")
    public String questionType;
    public boolean required;
    @Column(name = "sort_order")
    public int sortOrder;
    @Column(name = "user_guidance")
    public String userGuidance;
    @Column(name = "min_value")
    public BigDecimal minValue;
    @Column(name = "max_value")
    public BigDecimal maxValue;
    @Column(name = "always_requires_review")
    public boolean alwaysRequiresReview;
    @Column(name = "review_answer_value")
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode reviewAnswerValue;
    /** Null when there is no value-based review trigger. */
    public String operator;
    @Column(name = "dependency_logic_operator")
    public String dependencyLogicOperator;
    /** Bumped on every change of the question, its options or its dependencies. */
    public long version;
    public Instant created;
    public Instant modified;

    public static Question findByUuid(UUID uuid) {
        return find("uuid", uuid).firstResult();
    }

    public QuestionType type() {
        return QuestionType.fromApi(questionType).orElseThrow();
    }

    public Operator reviewOperator() {
        return operator == null ? null : Operator.fromApi(operator).orElseThrow();
    }

    public LogicOperator dependencyLogic() {
        return LogicOperator.fromApi(dependencyLogicOperator).orElseThrow();
    }

    public void touch() {
        modified = Timestamps.now();
        version++;
    }
}
