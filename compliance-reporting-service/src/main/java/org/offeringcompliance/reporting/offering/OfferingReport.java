package org.offeringcompliance.reporting.offering;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An offering with the counters of compliance_overview. The counters change only through {@link #count}, by the
 * difference between an offering user's contribution before and after a change, or are recounted after a bulk change.
 */
@Entity
@Table(name = "offering_report")
public class OfferingReport extends PanacheEntityBase {

    @Id
    @Column(name = "offering_uuid")
    public UUID offeringUuid;
    @Column(name = "customer_uuid")
    public UUID customerUuid;
    public String name;
    @Column(name = "checklist_uuid")
    public UUID checklistUuid;
    @Column(name = "total_users")
    public int totalUsers;
    @Column(name = "users_with_completions")
    public int usersWithCompletions;
    @Column(name = "completed_users")
    public int completedUsers;
    /** Users whose current completion the checklist service announced as overdue. */
    @Column(name = "overdue_users")
    public int overdueUsers;
    /** 0 for a provisional row made from an offering-user event before the offering's own events arrived. */
    public long version;
    public boolean deleted;

    public void count(Contribution before, Contribution after) {
        totalUsers += after.users() - before.users();
        usersWithCompletions += after.withCompletion() - before.withCompletion();
        completedUsers += after.completed() - before.completed();
        overdueUsers += after.overdue() - before.overdue();
    }

    public void recounted(Contribution total) {
        totalUsers = total.users();
        usersWithCompletions = total.withCompletion();
        completedUsers = total.completed();
        overdueUsers = total.overdue();
    }
}
