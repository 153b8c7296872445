package org.offeringcompliance.checklist.question;

import java.math.BigDecimal;

import org.offeringcompliance.checklist.rules.LogicOperator;
import org.offeringcompliance.checklist.rules.Operator;
import org.offeringcompliance.checklist.rules.OperatorCompatibility;
import org.offeringcompliance.checklist.rules.QuestionType;
import org.offeringcompliance.common.api.FieldErrors;
import org.offeringcompliance.common.api.JsonBody;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The editable settings of a question: read from a body over the defaults (POST) or the current values (PATCH), then
 * checked together against the rules package's tables.
 */
public record QuestionSettings(String description, QuestionType type, boolean required, int order, String userGuidance,
        BigDecimal min, BigDecimal max, boolean alwaysRequiresReview, JsonNode reviewAnswerValue, Operator operator,
        LogicOperator dependencyLogic) {

    /** POST: description and type are null, which makes them required. */
    static final QuestionSettings DEFAULTS = new QuestionSettings(null, null, false, 0, "", null, null, false, null, null,
            LogicOperator.AND);
    static final String RANGED_ONLY = "Only allowed for number, year and rating questions.";

    static QuestionSettings of(Question q) {
        return new QuestionSettings(q.description, q.type(), q.required, q.sortOrder, q.userGuidance, q.minValue,
                q.maxValue, q.alwaysRequiresReview, q.reviewAnswerValue, q.reviewOperator(), q.dependencyLogic());
    }

    static QuestionSettings read(JsonBody json, QuestionSettings current) {
        String description = json.has("description") || current.description() == null
                ? json.requiredText("description", Integer.MAX_VALUE)
                : current.description();
        QuestionType type = json.has("question_type") || current.type() == null
                ? json.requiredChoice("question_type", QuestionType::fromApi)
                : current.type();
        return new QuestionSettings(description, type, json.bool("required", current.required()),
                json.nonNegativeInt("order", current.order()),
                json.text("user_guidance", Integer.MAX_VALUE, current.userGuidance()),
                json.decimal("min_value", current.min()), json.decimal("max_value", current.max()),
                json.bool("always_requires_review", current.alwaysRequiresReview()),
                noTrigger(json.json("review_answer_value", current.reviewAnswerValue())),
                json.choice("operator", Operator::fromApi, true, current.operator()),
                json.choice("dependency_logic_operator", LogicOperator::fromApi, false, current.dependencyLogic()));
    }

    /** The rules between fields; call once every field read without error. */
    void check(FieldErrors errors) {
        if (operator != null && reviewAnswerValue == null) {
            errors.add("review_answer_value", "This field is required when operator is set.");
        }
        if (operator == null && reviewAnswerValue != null) {
            errors.add("operator", "This field is required when review_answer_value is set.");
        }
        if (operator != null && !OperatorCompatibility.allowed(type, operator)) {
            errors.add("operator", incompatible(operator, type));
        }
        if (!OperatorCompatibility.allowsMinMax(type)) {
            if (min != null) {
                errors.add("min_value", RANGED_ONLY);
            }
            if (max != null) {
                errors.add("max_value", RANGED_ONLY);
            }
        } else if (min != null && max != null && min.compareTo(max) > 0) {
            errors.add("min_value", "Ensure min_value is less than or equal to max_value.");
        }
    }

    void applyTo(Question q) {
        q.description = description;
        q.questionType = type.apiName();
        q.required = required;
        q.sortOrder = order;
        q.userGuidance = userGuidance;
        q.minValue = min;
        q.maxValue = max;
        q.alwaysRequiresReview = alwaysRequiresReview;
        q.reviewAnswerValue = reviewAnswerValue;
        q.operator = operator == null ? null : operator.apiName();
        q.dependencyLogicOperator = dependencyLogic.apiName();
    }

    public static String incompatible(Operator operator, QuestionType type) {
        return "Operator '" + operator.apiName() + "' is not compatible with question type '" + type.apiName() + "'.";
    }

    // Waldur's "no trigger" values ([] is its default, "" its blank) mean no trigger here too.
    private static JsonNode noTrigger(JsonNode value) {
        boolean empty = value != null
                && ((value.isArray() && value.isEmpty()) || (value.isTextual() && value.textValue().isEmpty()));
        return empty ? null : value;
    }
}
