package org.offeringcompliance.reporting.reconciliation;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.reconciliation.Exclusive;
import org.offeringcompliance.common.reconciliation.OwnerPages;
import org.offeringcompliance.reporting.completion.CompletionFact;
import org.offeringcompliance.reporting.completion.CompletionProjection;
import org.offeringcompliance.reporting.messaging.EventData.CompletionData;
import org.offeringcompliance.reporting.messaging.EventData.OfferingData;
import org.offeringcompliance.reporting.messaging.EventData.OfferingUserData;
import org.offeringcompliance.reporting.messaging.ProjectionLocks;
import org.offeringcompliance.reporting.offering.OfferingProjection;
import org.offeringcompliance.reporting.offering.OfferingReport;
import org.offeringcompliance.reporting.offeringuser.OfferingUserProjection;
import org.offeringcompliance.reporting.offeringuser.OfferingUserReport;
import org.offeringcompliance.reporting.offeringuser.OfferingUserRows;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Checks the read models against their owners (offerings and offering users against the marketplace, completions
 * against the checklist service) and repairs the drift through the same projections the events go through: a row found
 * wrong is set back and its owner's current state applied. Offerings' counters are recounted where anything changed
 * or they disagree with their rows. On a schedule and on demand, one instance at a time; the drift of the last run is
 * the gauge {@code reconciliation.drift}.
 */
@ApplicationScoped
public class OwnerReconciliation {

    private static final Logger LOG = Logger.getLogger(OwnerReconciliation.class);
    private static final long ADVISORY_LOCK = 7_426_003L;

    @Inject
    @RestClient
    OwnerStateClients.Marketplace marketplace;

    @Inject
    @RestClient
    OwnerStateClients.Checklists checklists;

    @Inject
    OfferingProjection offerings;

    @Inject
    OfferingUserProjection offeringUsers;

    @Inject
    CompletionProjection completions;

    @Inject
    OfferingUserRows users;

    @Inject
    ProjectionLocks locks;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry metrics;

    private Exclusive exclusive;

    @PostConstruct
    void exclusively() {
        exclusive = new Exclusive(dataSource, ADVISORY_LOCK, metrics,
                "Read-model rows the last reconciliation with the owners found wrong and repaired");
    }

    public record Drift(int offerings, @JsonProperty("offering_users") int offeringUsers, int completions,
            int counters) {}

    @Scheduled(every = "{reconciliation.every}", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warnf("reconciliation with the owners failed, next run as scheduled: %s", e.toString());
        }
    }

    public Drift run() {
        return exclusive.run(() -> {
            Set<UUID> touched = new HashSet<>();
            int offeringDrift = OwnerPages.walk(marketplace::offerings, OfferingData::offering,
                    OwnerPages.column(em, "offering_report", "offering_uuid"),
                    (owned, local, again) -> offeringsPage(owned, touched));
            int userDrift = OwnerPages.walk(marketplace::offeringUsers, OfferingUserData::offeringUser,
                    OwnerPages.column(em, "offering_user_report", "offering_user_uuid"),
                    (owned, local, again) -> usersPage(owned,
                            OwnerPages.gone(owned, local, again, OfferingUserData::offeringUser), touched));
            int completionDrift = OwnerPages.walk(checklists::completions, CompletionData::completion,
                    OwnerPages.column(em, "completion_fact", "completion_uuid"),
                    (owned, local, again) -> completionsPage(owned,
                            OwnerPages.gone(owned, local, again, CompletionData::completion), touched));
            Drift drift = new Drift(offeringDrift, userDrift, completionDrift, recount(touched));
            exclusive.drift("offerings", drift.offerings());
            exclusive.drift("offering_users", drift.offeringUsers());
            exclusive.drift("completions", drift.completions());
            exclusive.drift("counters", drift.counters());
            LOG.infof("reconciliation with the owners: %s", drift);
            return drift;
        });
    }

    /** Offerings missing here or behind the owner (an offering gone at the owner is left to its event). */
    private int offeringsPage(List<OfferingData> owned, Set<UUID> touched) {
        lockOfferings(owned.stream().map(OfferingData::offering).toList(), Set.of());
        int drift = 0;
        for (OfferingData o : owned) {
            OfferingReport report = OfferingReport.findById(o.offering());
            if (report != null && (report.deleted || report.version > o.version())) {
                continue; // deleted or changed since the owner's page was read
            }
            if (report == null || report.version < o.version()
                    || !Objects.equals(report.checklistUuid, o.checklist())) {
                drift++;
                touched.add(o.offering());
                if (report != null) {
                    report.version = -1;
                }
                offerings.changed(o, Instant.now());
            }
        }
        return drift;
    }

    private int usersPage(List<OfferingUserData> owned, List<UUID> gone, Set<UUID> touched) {
        List<UUID> rowOfferings = gone.isEmpty()
                ? List.of()
                : OfferingUserReport.<OfferingUserReport>list("offeringUserUuid in ?1", gone).stream()
                        .map(r -> r.offeringUuid).toList();
        lockOfferings(owned.stream().map(OfferingUserData::offering).toList(), new HashSet<>(rowOfferings));
        int drift = 0;
        for (OfferingUserData ou : owned) {
            OfferingUserReport row = OfferingUserReport.findById(ou.offeringUser());
            if (isBuried(ou.offeringUser()) || row != null && row.version > ou.version()) {
                continue; // deleted or changed since the owner's page was read
            }
            if (row == null || row.version < ou.version() || !row.offeringUuid.equals(ou.offering())) {
                drift++;
                touched.add(ou.offering());
                if (row != null) {
                    touched.add(row.offeringUuid);
                    row.version = -1;
                }
                offeringUsers.changed(ou);
            }
        }
        for (UUID id : gone) {
            OfferingUserReport row = OfferingUserReport.findById(id);
            if (row != null) {
                drift++;
                touched.add(row.offeringUuid);
                offeringUsers.deleted(new OfferingUserData(Uuids.hex(id), Uuids.hex(row.offeringUuid),
                        row.offeringName, Uuids.hex(row.customerUuid), Uuids.hex(row.userUuid), row.username,
                        row.userFullName, row.userEmail, row.state, row.restricted, null, row.version, row.created,
                        row.modified));
            }
        }
        return drift;
    }

    private int completionsPage(List<CompletionData> owned, List<UUID> gone, Set<UUID> touched) {
        // A gone completion is removed from its row only while it is the row's current one: kept completions of a
        // deleted checklist vanish from the owner without an event and stay here for audit.
        List<OfferingUserReport> showingGone = gone.isEmpty()
                ? List.of()
                : OfferingUserReport.list("completionUuid in ?1", gone);
        lockOfferings(owned.stream().map(CompletionData::offering).toList(),
                new HashSet<>(showingGone.stream().map(r -> r.offeringUuid).toList()));
        int drift = 0;
        for (CompletionData c : owned) {
            CompletionFact fact = CompletionFact.findById(c.completion());
            if (fact != null && fact.version > c.version() || isBuried(c.offeringUser())) {
                continue; // changed or deleted since the owner's page was read
            }
            if (fact == null || fact.version < c.version() || !fact.agreesWith(c)) {
                drift++;
                touched.add(c.offering());
                if (fact != null) {
                    fact.version = -1;
                }
                completions.changed(c);
            }
        }
        for (OfferingUserReport row : showingGone) {
            em.refresh(row);
            CompletionFact fact = row.completionUuid == null ? null : CompletionFact.findById(row.completionUuid);
            if (fact != null && gone.contains(fact.completionUuid)) {
                drift++;
                touched.add(row.offeringUuid);
                row.show(null);
                fact.delete();
            }
        }
        return drift;
    }

    /**
     * Offerings whose stored counters differ from their rows are recounted, each in its own transaction under its lock
     * and read afresh, so a concurrent event is never overwritten. Those the repairs touched do not count as drift.
     */
    private int recount(Set<UUID> touched) {
        List<UUID> live = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select o.offeringUuid from OfferingReport o where o.deleted = false", UUID.class).getResultList());
        int drift = 0;
        for (UUID id : live) {
            boolean wrong = QuarkusTransaction.requiringNew().call(() -> {
                locks.liveWrite();
                locks.offering(id);
                OfferingReport report = OfferingReport.findById(id);
                if (report == null || report.deleted) {
                    return false;
                }
                var counted = users.count(id);
                if (report.totalUsers == counted.users() && report.usersWithCompletions == counted.withCompletion()
                        && report.completedUsers == counted.completed() && report.overdueUsers == counted.overdue()) {
                    return false;
                }
                report.recounted(counted);
                return true;
            });
            if (wrong && !touched.contains(id)) {
                drift++;
            }
        }
        return drift;
    }

    private void lockOfferings(List<UUID> owned, Set<UUID> local) {
        locks.liveWrite();
        TreeSet<UUID> all = new TreeSet<>(owned);
        all.addAll(local);
        all.forEach(locks::offering);
    }

    private boolean isBuried(UUID offeringUser) {
        return !em.createNativeQuery("SELECT 1 FROM deleted_offering_user WHERE offering_user_uuid = ?1")
                .setParameter(1, offeringUser).getResultList().isEmpty();
    }
}
