package org.offeringcompliance.notification.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.api.JsonBody;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.common.security.CurrentCaller;
import org.offeringcompliance.notification.mail.MailSender;
import org.offeringcompliance.notification.reminder.ManualReminders;
import org.offeringcompliance.notification.reminder.ManualReminders.Target;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;

/**
 * "Remind all pending" (API.md section 5): owners and managers of the provider's customer, and staff, remind the users
 * of its offerings; one person hears about one offering at most once a day.
 */
@Path("/api/marketplace-service-providers/{uuid}/compliance/remind/")
@Authenticated
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RemindResource {

    static final List<String> STATUSES = List.of("pending", "overdue");

    @Inject
    CurrentCaller currentCaller;

    @Inject
    EntityManager em;

    @Inject
    ManualReminders reminders;

    @Inject
    MailSender sender;

    @POST
    public Response remind(@PathParam("uuid") String uuid, JsonNode body) {
        Caller caller = currentCaller.get();
        UUID customer = QuarkusTransaction.requiringNew().call(() -> customerOf(caller, Uuids.pathParam(uuid)));
        JsonBody json = JsonBody.of(body);
        String status = json.choice("compliance_status", STATUSES, null);
        if (!json.has("compliance_status")) {
            json.errors().add("compliance_status", "This field is required.");
        }
        UUID offering = json.has("offering_uuid") ? json.nullableUuid("offering_uuid", null) : null;
        List<UUID> users = uuids(json, "user_uuids");
        String message = json.text("message", 2000, "");
        json.throwIfAny();
        if (offering != null && !QuarkusTransaction.requiringNew().call(() -> ownedBy(offering, customer))) {
            throw ApiException.fieldError("offering_uuid", "Offering not found.");
        }
        ManualReminders.Result result = QuarkusTransaction.requiringNew().call(() -> reminders.remind(
                new Target(customer, offering, status, users), message, LocalDate.now(ZoneOffset.UTC), Instant.now()));
        sender.sendPending();
        return Response.accepted(Map.of("queued", result.queued(), "skipped_recently_reminded",
                result.skippedRecentlyReminded())).build();
    }

    /** The provider's customer: 404 unless the caller may see it, 403 unless owner, manager or staff. */
    private UUID customerOf(Caller caller, UUID provider) {
        @SuppressWarnings("unchecked")
        List<UUID> customers = em.createNativeQuery("SELECT customer_uuid FROM provider WHERE provider_uuid = ?1")
                .setParameter(1, provider).getResultList();
        if (customers.isEmpty()) {
            throw ApiException.notFound();
        }
        UUID customer = customers.get(0);
        if (caller.staff()) {
            return customer;
        }
        @SuppressWarnings("unchecked")
        List<String> roles = em.createNativeQuery("SELECT role FROM customer_role WHERE customer_uuid = ?1 "
                + "AND user_uuid = ?2").setParameter(1, customer).setParameter(2, caller.id()).getResultList();
        if (roles.isEmpty() && !caller.support()) {
            throw ApiException.notFound();
        }
        if (!roles.contains("owner") && !roles.contains("manager")) {
            throw ApiException.forbidden();
        }
        return customer;
    }

    private boolean ownedBy(UUID offering, UUID customer) {
        return !em.createNativeQuery("SELECT 1 FROM offering WHERE offering_uuid = ?1 AND customer_uuid = ?2 "
                + "AND NOT deleted").setParameter(1, offering).setParameter(2, customer).getResultList().isEmpty();
    }

    private static List<UUID> uuids(JsonBody json, String field) {
        if (!json.has(field)) {
            return null;
        }
        JsonNode list = json.json(field, null);
        if (list == null || !list.isArray()) {
            json.errors().add(field, "Expected a list of items.");
            return null;
        }
        List<UUID> uuids = new ArrayList<>();
        for (JsonNode item : list) {
            var parsed = item.isTextual() ? Uuids.tryParse(item.textValue()) : java.util.Optional.<UUID>empty();
            if (parsed.isEmpty()) {
                json.errors().add(field, "Must be a list of valid UUIDs.");
                return null;
            }
            uuids.add(parsed.get());
        }
        return uuids;
    }
}
