package org.offeringcompliance.checklist.marketplace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.offeringcompliance.checklist.completion.CompletionLifecycle;
import org.offeringcompliance.checklist.marketplace.MarketplaceEventData.OfferingData;
import org.offeringcompliance.checklist.marketplace.MarketplaceEventData.OfferingUserData;
import org.offeringcompliance.checklist.marketplace.MarketplaceEventData.RoleData;
import org.offeringcompliance.checklist.offering.OfferingChecklist;
import org.offeringcompliance.common.reconciliation.Exclusive;
import org.offeringcompliance.common.reconciliation.OwnerPages;
import org.offeringcompliance.common.reconciliation.OwnerPages.Page;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Checks what this service projects from the marketplace (offerings' checklists, offering users, customer roles) and
 * the completions that follow from it against the marketplace's current state, and repairs the drift: the safety net
 * under the event stream. Runs on a schedule and on demand, one instance at a time (a PostgreSQL advisory lock); the
 * drift found by the last run is exported as the gauge {@code reconciliation.drift}.
 */
@ApplicationScoped
public class MarketplaceReconciliation {

    private static final Logger LOG = Logger.getLogger(MarketplaceReconciliation.class);
    private static final long ADVISORY_LOCK = 7_426_002L;

    @Inject
    @RestClient
    MarketplaceStateClient marketplace;

    @Inject
    MarketplaceProjection projection;

    @Inject
    CompletionLifecycle lifecycle;

    @Inject
    CustomerRoleRef roles;

    @Inject
    org.offeringcompliance.checklist.offering.ChecklistReservations reservations;

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
                "Projection rows the last reconciliation with the marketplace found wrong and repaired");
    }

    /** What one run found and repaired. */
    public record Drift(int offerings, @JsonProperty("offering_users") int offeringUsers, int roles,
            @JsonProperty("missing_completions") int missingCompletions) {}

    @Scheduled(every = "{reconciliation.every}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warnf("reconciliation with the marketplace failed, next run as scheduled: %s", e.toString());
        }
    }

    public Drift run() {
        return exclusive.run(() -> {
            missingCompletions = 0;
            Drift drift = new Drift(offerings(), offeringUsers(), roles(), missingCompletions);
            exclusive.drift("offerings", drift.offerings());
            exclusive.drift("offering_users", drift.offeringUsers());
            exclusive.drift("roles", drift.roles());
            exclusive.drift("missing_completions", drift.missingCompletions());
            LOG.infof("reconciliation with the marketplace: %s", drift);
            return drift;
        });
    }

    private int missingCompletions;

    private static final Function<RoleData, UUID> ROLE_CUSTOMER = role -> MarketplaceEventData.uuid(role.customerUuid());

    /**
     * Offerings: their current checklist (a missing completion is created by the offering users' pass) and name (which
     * rows from before the name was kept lack).
     */
    private int offerings() {
        java.time.Instant pageReadAt = java.time.Instant.now();
        return OwnerPages.walk(marketplace::offerings, OfferingData::offering,
                OwnerPages.column(em, "offering_checklist", "offering_uuid"),
                (owned, local, refetched) -> {
                    int drift = 0;
                    for (OfferingData o : owned) {
                        reservations.lapsedBefore(o.offering(), o.checklist(), pageReadAt);
                        OfferingChecklist known = OfferingChecklist.findById(o.offering());
                        long version = known == null || known.version == null ? 0 : known.version;
                        if (known == null || version < o.version() || version == o.version()
                                && (!Objects.equals(known.checklistUuid, o.checklist())
                                        || !Objects.equals(known.name, o.name()))) {
                            drift++;
                            projection.forceOffering(o.offering(), o, o.version());
                        }
                    }
                    for (UUID gone : OwnerPages.gone(owned, local, refetched, OfferingData::offering)) {
                        OfferingChecklist known = OfferingChecklist.findById(gone);
                        if (known != null && known.checklistUuid != null) {
                            drift++;
                            projection.forceOffering(gone, null, known.version == null ? 0 : known.version);
                        }
                    }
                    return drift;
                });
    }

    /**
     * Offering users: missing or older ones applied as the marketplace has them, gone ones deleted, and every current
     * completion there. A newer version here than in the owner's page is an event that came after the page: kept.
     */
    private int offeringUsers() {
        return OwnerPages.walk(marketplace::offeringUsers, OfferingUserData::offeringUser,
                OwnerPages.column(em, "offering_user_ref", "offering_user_uuid"), (owned, local, refetched) -> {
                    int drift = 0;
                    List<OfferingUserRef> present = new ArrayList<>();
                    for (OfferingUserData ou : owned) {
                        OfferingUserRef ref = OfferingUserRef.findById(ou.offeringUser());
                        if (ref != null && (ref.deleted || ref.version > ou.version())) {
                            continue; // deleted or changed since the owner's page was read
                        }
                        if (ref == null || ref.version < ou.version() || !sameAs(ref, ou)) {
                            drift++;
                            ref = projection.forceOfferingUser(ou);
                        }
                        if (ref != null) {
                            present.add(ref);
                        }
                    }
                    for (UUID uuid : OwnerPages.gone(owned, live(local), refetched, OfferingUserData::offeringUser)) {
                        OfferingUserRef ref = em.find(OfferingUserRef.class, uuid, LockModeType.PESSIMISTIC_WRITE);
                        if (ref != null && !ref.deleted) {
                            drift++;
                            ref.deleted = true;
                            lifecycle.deleteAll(ref);
                        }
                    }
                    em.flush();
                    missingCompletions += lifecycle.ensureCurrent(present);
                    return drift;
                });
    }

    private static Set<UUID> live(Set<UUID> local) {
        Set<UUID> live = new HashSet<>();
        for (UUID uuid : local) {
            OfferingUserRef ref = OfferingUserRef.findById(uuid);
            if (ref != null && !ref.deleted) {
                live.add(uuid);
            }
        }
        return live;
    }

    private static boolean sameAs(OfferingUserRef ref, OfferingUserData ou) {
        return ref.version == ou.version() && Objects.equals(ref.offeringUuid, MarketplaceEventData.uuid(ou.offeringUuid()))
                && Objects.equals(ref.customerUuid, MarketplaceEventData.uuid(ou.customerUuid()))
                && Objects.equals(ref.userUuid, MarketplaceEventData.uuid(ou.userUuid()));
    }

    /**
     * Roles, a customer at a time: grants the marketplace has that are missing here, and the other way round; only a
     * difference that the owner's page fetched again after the local roles were read confirms is repaired.
     */
    private int roles() {
        return OwnerPages.walk(marketplace::roles, ROLE_CUSTOMER,
                OwnerPages.column(em, "customer_role_ref", "customer_uuid"),
                (owned, local, refetched) -> {
                    Set<String> owner = grants(owned);
                    Set<String> here = new HashSet<>();
                    for (UUID customer : local) {
                        @SuppressWarnings("unchecked")
                        List<Object[]> rows = em.createNativeQuery("SELECT user_uuid, role FROM customer_role_ref "
                                + "WHERE customer_uuid = ?1").setParameter(1, customer).getResultList();
                        rows.forEach(row -> here.add(customer + "|" + row[0] + "|" + row[1]));
                    }
                    Set<String> missing = new HashSet<>(owner);
                    missing.removeAll(here);
                    Set<String> extra = new HashSet<>(here);
                    extra.removeAll(owner);
                    if (missing.isEmpty() && extra.isEmpty()) {
                        return 0;
                    }
                    Page<RoleData> page = refetched.get();
                    Set<String> again = grants(page.items());
                    missing.retainAll(again);
                    extra.removeAll(again);
                    if (page.next() != null) {
                        // Customers past the end of a page fetched again short say nothing: left to the next run.
                        UUID bound = page.items().isEmpty()
                                ? new UUID(0, 0)
                                : MarketplaceEventData.uuid(page.items().get(page.items().size() - 1).customerUuid());
                        extra.removeIf(grant -> OwnerPages.UUID_ORDER.compare(UUID.fromString(grant.split("\\|")[0]),
                                bound) > 0);
                    }
                    missing.forEach(grant -> apply(grant, true));
                    extra.forEach(grant -> apply(grant, false));
                    return missing.size() + extra.size();
                });
    }

    private static Set<String> grants(List<RoleData> roles) {
        Set<String> grants = new HashSet<>();
        roles.forEach(r -> grants.add(MarketplaceEventData.uuid(r.customerUuid()) + "|"
                + MarketplaceEventData.uuid(r.userUuid()) + "|" + r.role()));
        return grants;
    }

    private void apply(String grant, boolean granted) {
        String[] parts = grant.split("\\|");
        if (granted) {
            roles.grant(UUID.fromString(parts[0]), UUID.fromString(parts[1]), parts[2]);
        } else {
            roles.revoke(UUID.fromString(parts[0]), UUID.fromString(parts[1]), parts[2]);
        }
    }
}
