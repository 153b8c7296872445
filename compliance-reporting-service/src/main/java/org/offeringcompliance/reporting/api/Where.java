package org.offeringcompliance.reporting.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Query;

/** The conditions of a list query, built from optional filters: an absent filter adds nothing. */
public final class Where {

    private final StringBuilder clause;
    private final Map<String, Object> params = new LinkedHashMap<>();

    public Where(String first) {
        clause = new StringBuilder(" where ").append(first);
    }

    public Where and(String condition) {
        clause.append(" and ").append(condition);
        return this;
    }

    /** Adds "path = :name" when the value is present. */
    public Where equal(String path, String name, Object value) {
        if (value != null) {
            clause.append(" and ").append(path).append(" = :").append(name);
            params.put(name, value);
        }
        return this;
    }

    public Where param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    public String clause() {
        return clause.toString();
    }

    public <Q extends Query> Q bind(Q query) {
        params.forEach(query::setParameter);
        return query;
    }
}
