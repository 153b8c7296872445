package org.offeringcompliance.checklist.rules;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/** "Show the owning question when the answer to {@code dependsOnQuestionUuid} satisfies {@code operator requiredAnswerValue}." */
public record DependencySpec(String dependsOnQuestionUuid, JsonNode requiredAnswerValue, Operator operator) {

    public DependencySpec {
        Objects.requireNonNull(dependsOnQuestionUuid, "dependsOnQuestionUuid");
        Objects.requireNonNull(operator, "operator");
        dependsOnQuestionUuid = HexIds.canonical(dependsOnQuestionUuid);
    }
}
