package org.offeringcompliance.marketplace.state;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.offeringcompliance.marketplace.customer.CustomerRole;
import org.offeringcompliance.marketplace.offering.Offering;
import org.offeringcompliance.marketplace.offeringuser.OfferingUser;

/** What the state endpoint reads: at most limit rows after a uuid in uuid order, each with what its event shows. */
@ApplicationScoped
public class StateQueries {

    private static final String OFFERING_USERS = "select ou from OfferingUser ou join fetch ou.offering o "
            + "join fetch o.customer join fetch ou.user";

    public List<Offering> offerings(UUID after, int limit) {
        return Offering.<Offering>find("select o from Offering o join fetch o.customer "
                + "where o.uuid > ?1 order by o.uuid", after).page(0, limit).list();
    }

    public List<OfferingUser> offeringUsers(UUID after, int limit) {
        return OfferingUser.<OfferingUser>find(OFFERING_USERS + " where ou.uuid > ?1 order by ou.uuid", after)
                .page(0, limit).list();
    }

    /** Those of these offering users that exist. */
    public List<OfferingUser> offeringUsers(List<UUID> uuids) {
        return OfferingUser.list(OFFERING_USERS + " where ou.uuid in ?1", uuids);
    }

    /** The uuids of at most limit customers with roles, after the given one. */
    public List<UUID> customersWithRoles(UUID after, int limit) {
        return CustomerRole.getEntityManager().createQuery("select distinct r.customer.uuid from "
                + "CustomerRole r where r.customer.uuid > ?1 order by r.customer.uuid", UUID.class)
                .setParameter(1, after).setMaxResults(limit).getResultList();
    }

    /** The roles of these customers, by customer. */
    public List<CustomerRole> roles(List<UUID> customers) {
        return customers.isEmpty()
                ? List.of()
                : CustomerRole.list("select r from CustomerRole r join fetch r.customer c join fetch r.user "
                        + "where c.uuid in ?1 order by c.uuid", customers);
    }
}
