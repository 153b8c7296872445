package org.offeringcompliance.checklist.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the rules need to know about one question. Uuids are stored in canonical hex form whatever form they are given in;
 * {@code min}/{@code max} are null when unset, {@code operator}/{@code reviewAnswerValue} are null when there is no
 * value-based review trigger.
 */
public record QuestionSpec(String uuid, String description, QuestionType type, boolean required, BigDecimal min,
        BigDecimal max, Set<String> optionUuids, boolean alwaysRequiresReview, Operator operator,
        JsonNode reviewAnswerValue, LogicOperator dependencyLogic, List<DependencySpec> dependencies) {

    public QuestionSpec {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(type, "type");
        uuid = HexIds.canonical(uuid);
        description = description == null ? "" : description;
        optionUuids = optionUuids == null
                ? Set.of()
                : optionUuids.stream().map(HexIds::canonical).collect(Collectors.toUnmodifiableSet());
        dependencyLogic = dependencyLogic == null ? LogicOperator.AND : dependencyLogic;
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
    }
}
