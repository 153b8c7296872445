package org.offeringcompliance.marketplace.offering;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.offeringcompliance.common.api.Ordering;
import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.Pages;
import org.offeringcompliance.common.api.Where;
import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.marketplace.access.AccessPolicy;

/** Offering queries: one count and one page query (customer fetched in the same statement), whatever the page size. */
@ApplicationScoped
public class OfferingQueries {

    private static final Map<String, String> ORDERING = Map.of("name", "o.name", "created", "o.created", "modified",
            "o.modified");

    @Inject
    EntityManager em;

    /** Offerings the caller may see, filtered; a null caller is the public catalogue. */
    public Pages<Offering> list(Caller caller, String customerUuid, String name, String o, PageRequest request) {
        Where where = filter(caller, customerUuid, name);
        return Pages.fetch(em, "select count(o) from Offering o join o.customer c" + where.clause(),
                "select o from Offering o join fetch o.customer c" + where.clause() + " order by "
                        + Ordering.toSql(o, ORDERING, "name", "o.id"),
                where, Offering.class, request);
    }

    public long count(Caller caller, String customerUuid, String name) {
        Where where = filter(caller, customerUuid, name);
        return Pages.count(em, "select count(o) from Offering o join o.customer c" + where.clause(), where);
    }

    /** The offering with its customer, or null. */
    public Offering withCustomer(UUID uuid) {
        return Offering.<Offering>find("select o from Offering o join fetch o.customer where o.uuid = ?1", uuid)
                .firstResult();
    }

    /** Visible: all for staff, support and the public catalogue, else the offerings of the caller's customers. */
    private static Where filter(Caller caller, String customerUuid, String name) {
        Where where = new Where();
        if (caller != null && !caller.seesEverything()) {
            where.and("c.id in " + AccessPolicy.memberCustomersSubquery(":me")).param("me", caller.id());
        }
        return where.uuid("c.uuid", "customer_uuid", customerUuid).contains("o.name", "name", name);
    }
}
