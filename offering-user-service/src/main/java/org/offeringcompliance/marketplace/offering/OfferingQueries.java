package org.offeringcompliance.marketplace.offering;

import java.util.List;
import java.util.Map;

import org.offeringcompliance.common.api.Ordering;
import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.Where;
import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.marketplace.access.AccessPolicy;

/** Offering list queries: one count and one page query (customer fetched in the same statement), whatever the page size. */
final class OfferingQueries {

    private static final Map<String, String> ORDERING = Map.of("name", "o.name", "created", "o.created", "modified",
            "o.modified");

    private final Where where = new Where();

    /** Offerings the caller may see: all for staff and support, else those of the caller's customers. */
    static OfferingQueries visibleTo(Caller caller) {
        OfferingQueries q = new OfferingQueries();
        if (caller != null && !caller.seesEverything()) {
            q.where.and("c.id in " + AccessPolicy.memberCustomersSubquery(":me")).param("me", caller.id());
        }
        return q;
    }

    OfferingQueries filter(String customerUuid, String name) {
        where.uuid("c.uuid", "customer_uuid", customerUuid).contains("o.name", "name", name);
        return this;
    }

    long count() {
        return Offering.count("select count(o) from Offering o join o.customer c" + where.clause(), where.params());
    }

    List<Offering> page(PageRequest request, String o) {
        return Offering.<Offering>find("select o from Offering o join fetch o.customer c" + where.clause() + " order by "
                + Ordering.toSql(o, ORDERING, "name", "o.id"), where.params())
                .range(request.offset(), request.offset() + request.size() - 1).list();
    }
}
