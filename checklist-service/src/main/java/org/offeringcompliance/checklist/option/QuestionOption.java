package org.offeringcompliance.checklist.option;

import java.util.Collection;
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

import org.offeringcompliance.checklist.question.Question;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A choice of a single_select or multi_select question; select answers name options by uuid. */
@Entity
@Table(name = "question_option")
public class QuestionOption extends PanacheEntityBase {

    /** The owning checklist's id by option uuid, for Checklist.lockOwner. */
    public static final String OWNER = "select o.question.checklist.id from QuestionOption o where o.uuid = ?1";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID uuid;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id")
    public Question question;
    public String label;
    @Column(name = "sort_order")
    public int sortOrder;

    public static QuestionOption findByUuid(UUID uuid) {
        return find("uuid", uuid).firstResult();
    }

    /** The options of these questions, by order. */
    public static List<QuestionOption> ofQuestions(Collection<Question> questions) {
        if (questions.isEmpty()) {
            return List.of();
        }
        return list("question in ?1 order by sortOrder, id", questions);
    }
}
