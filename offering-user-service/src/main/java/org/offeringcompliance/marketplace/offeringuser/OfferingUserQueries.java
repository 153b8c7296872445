package org.offeringcompliance.marketplace.offeringuser;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.offeringcompliance.common.api.Ordering;
import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.Pages;
import org.offeringcompliance.common.api.Where;
import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.marketplace.access.AccessPolicy;

/** Offering user lists: one count and one page query (offering, customer and user fetched with the page). */
@ApplicationScoped
public class OfferingUserQueries {

    private static final Map<String, String> ORDERING = Map.of("created", "ou.created", "modified", "ou.modified",
            "username", "ou.username", "state", "ou.state");
    private static final String COUNT = "select count(ou) from OfferingUser ou join ou.offering o";

    @Inject
    EntityManager em;

    public Pages<OfferingUser> list(Caller caller, String offeringUuid, String userUuid, String state, String o,
            PageRequest request) {
        Where where = filter(caller, offeringUuid, userUuid, state);
        String order = Ordering.toSql(o, ORDERING, "-created", "ou.id");
        return Pages.fetch(em, COUNT + where.clause(), "select ou from OfferingUser ou join fetch ou.offering o "
                + "join fetch o.customer join fetch ou.user" + where.clause() + " order by " + order, where,
                OfferingUser.class, request);
    }

    public long count(Caller caller, String offeringUuid, String userUuid, String state) {
        Where where = filter(caller, offeringUuid, userUuid, state);
        return Pages.count(em, COUNT + where.clause(), where);
    }

    /** Visibility (own, or members of the offering's customer, or staff and support) and the query filters. */
    private static Where filter(Caller caller, String offeringUuid, String userUuid, String state) {
        Where where = new Where();
        if (!caller.seesEverything()) {
            where.and("(ou.user.uuid = :me or o.customer.id in " + AccessPolicy.memberCustomersSubquery(":me") + ")")
                    .param("me", caller.id());
        }
        return where.uuid("o.uuid", "offering_uuid", offeringUuid).uuid("ou.user.uuid", "user_uuid", userUuid)
                .equal("ou.state", "state", state);
    }
}
