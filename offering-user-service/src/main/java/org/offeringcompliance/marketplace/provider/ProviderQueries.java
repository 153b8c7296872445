package org.offeringcompliance.marketplace.provider;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.offeringcompliance.common.api.Ordering;
import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.Pages;
import org.offeringcompliance.common.api.Where;

/** Service providers with their customers: one count and one page query. */
@ApplicationScoped
public class ProviderQueries {

    private static final Map<String, String> ORDERING = Map.of("created", "p.created", "customer_name", "c.name");

    @Inject
    EntityManager em;

    public Pages<ServiceProvider> list(String customerUuid, String o, PageRequest request) {
        String order = Ordering.toSql(o, ORDERING, "created", "p.id");
        Where where = new Where().uuid("c.uuid", "customer_uuid", customerUuid);
        return Pages.fetch(em, "select count(p) from ServiceProvider p join p.customer c" + where.clause(),
                "select p from ServiceProvider p join fetch p.customer c" + where.clause() + " order by " + order,
                where, ServiceProvider.class, request);
    }

    public long count() {
        return ServiceProvider.count();
    }

    /** The provider with its customer, or null. */
    public ServiceProvider withCustomer(UUID uuid) {
        return ServiceProvider.<ServiceProvider>find(
                "select p from ServiceProvider p join fetch p.customer where p.uuid = ?1", uuid).firstResult();
    }
}
