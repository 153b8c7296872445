package org.offeringcompliance.common.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Query;

/** The where clause of a list query, built from optional filters: an absent filter adds nothing. */
public final class Where {

    private final StringBuilder clause;
    private final Map<String, Object> params = new LinkedHashMap<>();

    public Where() {
        this("1 = 1");
    }

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
            and(path + " = :" + name);
            params.put(name, value);
        }
        return this;
    }

    /** A uuid filter from the query string: hex or hyphenated, malformed is a 400 naming the parameter. */
    public Where uuid(String path, String parameter, String value) {
        return equal(path, parameter, value == null ? null : Uuids.parse(parameter, value));
    }

    /** Adds a case-insensitive substring match when the value is present; % and _ in it match only themselves. */
    public Where contains(String path, String name, String value) {
        if (value != null && !value.isBlank()) {
            and("lower(" + path + ") like :" + name + " escape '\\'");
            String literal = value.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            params.put(name, "%" + literal + "%");
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

    /** Named parameters, e.g. for Panache's find(query, Map). */
    public Map<String, Object> params() {
        return params;
    }

    public <Q extends Query> Q bind(Q query) {
        params.forEach(query::setParameter);
        return query;
    }
}
