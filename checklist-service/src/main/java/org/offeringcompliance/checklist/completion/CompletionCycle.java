package org.offeringcompliance.checklist.completion;

import java.math.BigDecimal;
import java.time.Instant;

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

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An earlier cycle of a completion, with its answers as they stood when the cycle ended (API.md section 5). */
@Entity
@Table(name = "completion_cycle")
public class CompletionCycle extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "completion_id")
    public Completion completion;
    public int cycle;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Column(name = "expired_at")
    public Instant expiredAt;
    @Column(name = "completion_percentage")
    public BigDecimal completionPercentage;
    /** [{question_uuid, question, answer_data, answered_by, answered_at}] */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode answers;
}
