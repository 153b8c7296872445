package org.offeringcompliance.checklist.api;

import org.offeringcompliance.common.api.Uuids;

import io.quarkus.panache.common.Parameters;

/** The where clause of a list query, built from optional filters; an absent filter adds nothing. */
public final class Where {

    private final StringBuilder clause = new StringBuilder(" where 1 = 1");
    private final Parameters params = new Parameters();

    public Where equal(String path, String name, Object value) {
        if (value != null) {
            clause.append(" and ").append(path).append(" = :").append(name);
            params.and(name, value);
        }
        return this;
    }

    /** A uuid filter from the query string: hex or hyphenated, malformed is a 400 naming the parameter. */
    public Where uuid(String path, String parameter, String value) {
        return equal(path, parameter, value == null ? null : Uuids.parse(parameter, value));
    }

    public String clause() {
        return clause.toString();
    }

    public Parameters params() {
        return params;
    }
}
