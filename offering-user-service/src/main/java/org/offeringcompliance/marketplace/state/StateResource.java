package org.offeringcompliance.marketplace.state;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.marketplace.customer.CustomerEvents;
import org.offeringcompliance.marketplace.messaging.EventData.OfferingData;
import org.offeringcompliance.marketplace.messaging.EventData.OfferingUserData;
import org.offeringcompliance.marketplace.messaging.EventData.RoleData;
import org.offeringcompliance.marketplace.offering.OfferingEvents;
import org.offeringcompliance.marketplace.offeringuser.OfferingUserEvents;

/**
 * For other services' reconciliation (not routed by the gateway): the current state of what the marketplace owns, in
 * the shape of its events, a page at a time in uuid order ({@code after}: the last uuid of the previous page).
 */
@Path("/internal/state")
@RolesAllowed({"service", Caller.STAFF})
@Produces(MediaType.APPLICATION_JSON)
public class StateResource {

    static final int MAX_PAGE = 2000;

    public record Page<T>(List<T> items, String next) {

        static <T> Page<T> of(List<T> items, int limit, java.util.function.Function<T, String> key) {
            return new Page<>(items, items.size() < limit ? null : key.apply(items.get(items.size() - 1)));
        }
    }

    @Inject
    StateQueries queries;

    @GET
    @Path("offerings")
    public Page<OfferingData> offerings(@QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        int size = size(limit);
        List<OfferingData> items = queries.offerings(start(after), size).stream().map(o -> OfferingEvents.dataOf(o, null))
                .toList();
        return Page.of(items, size, OfferingData::offeringUuid);
    }

    @GET
    @Path("offering-users")
    public Page<OfferingUserData> offeringUsers(@QueryParam("after") String after, @QueryParam("limit") Integer limit,
            @QueryParam("uuid") List<String> uuids) {
        if (uuids != null && !uuids.isEmpty()) {
            // A reconciliation confirming that these are gone: those of them that exist.
            List<UUID> ids = uuids.stream().limit(MAX_PAGE).map(u -> Uuids.parse("uuid", u)).toList();
            return new Page<>(queries.offeringUsers(ids).stream().map(OfferingUserEvents::dataOf).toList(), null);
        }
        int size = size(limit);
        List<OfferingUserData> items = queries.offeringUsers(start(after), size).stream()
                .map(OfferingUserEvents::dataOf).toList();
        return Page.of(items, size, OfferingUserData::offeringUserUuid);
    }

    /** Roles a customer at a time: {@code after} is the last customer uuid of the previous page. */
    @GET
    @Path("roles")
    public Page<RoleData> roles(@QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        int size = size(limit);
        List<UUID> customers = queries.customersWithRoles(start(after), size);
        List<RoleData> items = queries.roles(customers).stream().map(CustomerEvents::dataOf).toList();
        return new Page<>(items, customers.size() < size ? null : Uuids.hex(customers.get(customers.size() - 1)));
    }

    private static UUID start(String after) {
        return after == null || after.isBlank() ? new UUID(0, 0) : Uuids.parse("after", after);
    }

    private static int size(Integer limit) {
        return limit == null || limit < 1 ? MAX_PAGE : Math.min(limit, MAX_PAGE);
    }
}
