package org.offeringcompliance.notification.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.offeringcompliance.common.api.JsonBody;
import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.common.security.CurrentCaller;
import org.offeringcompliance.notification.api.NotificationQueries.Filter;
import org.offeringcompliance.notification.reminder.DailyPass;
import org.offeringcompliance.notification.reminder.DeadlinePassClient;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;

/** The notification history, snoozing, and the scheduled pass on demand (API.md section 5). */
@Path("/api/notifications/")
@Authenticated
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    NotificationQueries queries;

    @Inject
    DailyPass pass;

    @Inject
    DeadlinePassClient deadlines;

    @Inject
    EntityManager em;

    @GET
    public Response list(@QueryParam("user_uuid") String userUuid, @QueryParam("offering_uuid") String offeringUuid,
            @QueryParam("kind") String kind, @QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("page_size") String pageSize, @Context UriInfo uri) {
        return queries.list(currentCaller.get(), new Filter(userUuid, offeringUuid, kind, status),
                PageRequest.of(page, pageSize)).map(NotificationView::of).response(uri);
    }

    /** Reminders to the caller pause for {@code days} (escalations about them do not). */
    @POST
    @Path("snooze/")
    @Transactional
    public Map<String, Instant> snooze(JsonNode body) {
        JsonBody json = JsonBody.of(body);
        if (!json.has("days")) {
            json.errors().add("days", "This field is required.");
        }
        Integer days = json.intBetween("days", 1, 30, false, null);
        json.throwIfAny();
        Caller caller = currentCaller.get();
        Instant until = Instant.now().plus(Duration.ofDays(days)).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        em.createNativeQuery("INSERT INTO recipient (user_uuid, email, full_name, snoozed_until) VALUES (?1, ?2, ?3, ?4) "
                + "ON CONFLICT (user_uuid) DO UPDATE SET snoozed_until = EXCLUDED.snoozed_until")
                .setParameter(1, caller.id()).setParameter(2, caller.email() == null ? "" : caller.email())
                .setParameter(3, caller.fullName() == null ? "" : caller.fullName()).setParameter(4, until).executeUpdate();
        return Map.of("snoozed_until", until);
    }

    /** Staff: the checklist service's deadline pass, then this service's pass, as if at {@code now}. */
    @POST
    @Path("run/")
    @RolesAllowed(Caller.STAFF)
    public Map<String, List<OutcomeView>> run(JsonNode body) {
        JsonBody json = JsonBody.of(body);
        boolean dryRun = json.bool("dry_run", false);
        Instant now = json.instant("now", Instant.now());
        json.throwIfAny();
        if (!dryRun) {
            deadlines.run(now);
        }
        List<OutcomeView> outcomes = pass.run(now, dryRun).stream().map(OutcomeView::of).toList();
        return Map.of(dryRun ? "would_send" : "sent", outcomes);
    }

    public record OutcomeView(String kind, @JsonProperty("user_uuid") String userUuid,
            @JsonProperty("offering_uuids") List<String> offeringUuids) {

        static OutcomeView of(DailyPass.Outcome o) {
            return new OutcomeView(o.kind(), Uuids.hex(o.userUuid()), o.offeringUuids().stream().map(Uuids::hex).toList());
        }
    }
}
