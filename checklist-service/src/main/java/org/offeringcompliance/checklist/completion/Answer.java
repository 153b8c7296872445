package org.offeringcompliance.checklist.completion;

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
import org.offeringcompliance.checklist.question.Question;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One user's answer to one question in one completion. */
@Entity
@Table(name = "answer")
public class Answer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID uuid;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "completion_id")
    public Completion completion;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id")
    public Question question;
    @Column(name = "user_uuid")
    public UUID userUuid;
    @Column(name = "user_name")
    public String userName;
    @Column(name = "answer_data")
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode answerData;
    @Column(name = "requires_review")
    public boolean requiresReview;
    public Instant created;
    public Instant modified;
}
