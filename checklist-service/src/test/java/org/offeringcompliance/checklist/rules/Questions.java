package org.offeringcompliance.checklist.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Test fixtures: a fluent QuestionSpec builder and JSON parsing. */
final class Questions {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Questions() {}

    static Builder question(QuestionType type) {
        return new Builder(type);
    }

    static String newUuid() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Parses JSON text; single quotes stand for double quotes to keep test literals readable. */
    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static final class Builder {
        private final QuestionType type;
        private String uuid = newUuid();
        private String description = "A question";
        private boolean required;
        private BigDecimal min;
        private BigDecimal max;
        private final Set<String> options = new LinkedHashSet<>();
        private boolean alwaysRequiresReview;
        private Operator operator;
        private JsonNode reviewValue;
        private LogicOperator logic = LogicOperator.AND;
        private final List<DependencySpec> dependencies = new ArrayList<>();

        private Builder(QuestionType type) {
            this.type = type;
        }

        Builder uuid(String value) {
            uuid = value;
            return this;
        }

        Builder description(String value) {
            description = value;
            return this;
        }

        Builder required() {
            required = true;
            return this;
        }

        Builder min(String value) {
            min = new BigDecimal(value);
            return this;
        }

        Builder max(String value) {
            max = new BigDecimal(value);
            return this;
        }

        Builder options(String... uuids) {
            options.addAll(List.of(uuids));
            return this;
        }

        Builder alwaysReview() {
            alwaysRequiresReview = true;
            return this;
        }

        Builder reviewWhen(Operator op, String valueJson) {
            operator = op;
            reviewValue = json(valueJson);
            return this;
        }

        Builder logic(LogicOperator value) {
            logic = value;
            return this;
        }

        Builder dependsOn(QuestionSpec other, Operator op, String valueJson) {
            dependencies.add(new DependencySpec(other.uuid(), json(valueJson), op));
            return this;
        }

        QuestionSpec build() {
            return new QuestionSpec(uuid, description, type, required, min, max, options, alwaysRequiresReview, operator,
                    reviewValue, logic, dependencies);
        }
    }
}
