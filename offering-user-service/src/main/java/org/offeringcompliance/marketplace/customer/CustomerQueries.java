package org.offeringcompliance.marketplace.customer;

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

/** Customer and member lists: one count and one page query each. */
@ApplicationScoped
public class CustomerQueries {

    private static final Map<String, String> ORDERING = Map.of("name", "c.name", "created", "c.created");

    @Inject
    EntityManager em;

    public Pages<Customer> list(Caller caller, String o, PageRequest request) {
        String order = Ordering.toSql(o, ORDERING, "name", "c.id");
        Where where = visibleTo(caller);
        return Pages.fetch(em, "select count(c) from Customer c" + where.clause(),
                "select c from Customer c" + where.clause() + " order by " + order, where, Customer.class, request);
    }

    public long count(Caller caller) {
        Where where = visibleTo(caller);
        return Pages.count(em, "select count(c) from Customer c" + where.clause(), where);
    }

    /** The customer's roles with their users, by username. */
    public Pages<CustomerRole> members(Customer customer, PageRequest request) {
        Where where = new Where("r.customer = :customer").param("customer", customer);
        return Pages.fetch(em, "select count(r) from CustomerRole r" + where.clause(),
                "select r from CustomerRole r join fetch r.user u" + where.clause() + " order by u.username, r.role, r.id",
                where, CustomerRole.class, request);
    }

    /** All customers for staff and support, else those the caller is a member of. */
    private static Where visibleTo(Caller caller) {
        Where where = new Where();
        if (!caller.seesEverything()) {
            where.and("c.id in " + AccessPolicy.memberCustomersSubquery(":me")).param("me", caller.id());
        }
        return where;
    }
}
