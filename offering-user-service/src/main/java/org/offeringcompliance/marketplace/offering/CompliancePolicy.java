package org.offeringcompliance.marketplace.offering;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.offeringcompliance.common.api.JsonBody;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * When an offering's users must have completed its checklist, when they are reminded, and how often they certify
 * again (API.md section 5). Part of the offering, so its events carry it to the services that act on it.
 */
@Embeddable
public class CompliancePolicy {

    static final List<Integer> DEFAULT_REMINDER_DAYS = List.of(7, 1, 0);
    static final int DEFAULT_OVERDUE_EVERY_DAYS = 7;
    static final int DEFAULT_GRACE_DAYS = 14;

    @JsonProperty("due_days")
    @Column(name = "due_days")
    public Integer dueDays;
    @JsonProperty("reminder_days")
    @Column(name = "reminder_days")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public Integer[] reminderDays = DEFAULT_REMINDER_DAYS.toArray(Integer[]::new);
    @JsonProperty("overdue_every_days")
    @Column(name = "overdue_every_days")
    public Integer overdueEveryDays = DEFAULT_OVERDUE_EVERY_DAYS;
    @JsonProperty("escalate_after")
    @Column(name = "escalate_after")
    public Integer escalateAfter;
    @JsonProperty("recertify_every_days")
    @Column(name = "recertify_every_days")
    public Integer recertifyEveryDays;
    @JsonProperty("grace_days")
    @Column(name = "grace_days")
    public int graceDays = DEFAULT_GRACE_DAYS;

    /** A PUT body: the whole policy, absent fields taking their defaults; bad values are field errors (400). */
    static CompliancePolicy from(JsonNode body) {
        JsonBody json = JsonBody.of(body);
        CompliancePolicy policy = new CompliancePolicy();
        policy.dueDays = json.intBetween("due_days", 1, 365, true, null);
        policy.reminderDays = json.intsBetween("reminder_days", 0, 365, DEFAULT_REMINDER_DAYS).toArray(Integer[]::new);
        policy.overdueEveryDays = json.intBetween("overdue_every_days", 1, 30, true, DEFAULT_OVERDUE_EVERY_DAYS);
        policy.escalateAfter = json.intBetween("escalate_after", 1, 20, true, null);
        policy.recertifyEveryDays = json.intBetween("recertify_every_days", 30, 1825, true, null);
        policy.graceDays = json.intBetween("grace_days", 0, 180, false, DEFAULT_GRACE_DAYS);
        json.throwIfAny();
        return policy;
    }

    boolean sameAs(CompliancePolicy other) {
        return java.util.Objects.equals(dueDays, other.dueDays)
                && java.util.Arrays.equals(reminderDays, other.reminderDays)
                && java.util.Objects.equals(overdueEveryDays, other.overdueEveryDays)
                && java.util.Objects.equals(escalateAfter, other.escalateAfter)
                && java.util.Objects.equals(recertifyEveryDays, other.recertifyEveryDays) && graceDays == other.graceDays;
    }
}
