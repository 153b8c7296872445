package org.offeringcompliance.notification.api;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.offeringcompliance.common.api.PageRequest;
import org.offeringcompliance.common.api.PagedResponse;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.security.CurrentCaller;
import org.offeringcompliance.notification.webhook.WebhookService;
import org.offeringcompliance.notification.webhook.WebhookService.Created;
import org.offeringcompliance.notification.webhook.WebhookUrls;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;

/** A provider's customer's webhooks and their deliveries (API.md section 6). */
@Path("/api/webhooks/")
@Authenticated
@Blocking
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    WebhookService webhooks;

    @Inject
    WebhookUrls urls;

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("page_size") String pageSize,
            @Context UriInfo uri) {
        return webhooks.list(currentCaller.get(), PageRequest.of(page, pageSize)).map(WebhookView::of).response(uri);
    }

    @HEAD
    public Response count() {
        return PagedResponse.count(webhooks.list(currentCaller.get(), PageRequest.of(null, null)).total());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonNode body) {
        Created created = webhooks.create(currentCaller.get(), WebhookBody.read(body, true, urls));
        return Response.status(201).entity(WebhookView.withSecret(created.subscription(), created.secret())).build();
    }

    @GET
    @Path("{uuid}/")
    public WebhookView get(@PathParam("uuid") String uuid) {
        return WebhookView.of(webhooks.get(currentCaller.get(), Uuids.pathParam(uuid)));
    }

    @PATCH
    @Path("{uuid}/")
    @Consumes(MediaType.APPLICATION_JSON)
    public WebhookView update(@PathParam("uuid") String uuid, JsonNode body) {
        return WebhookView.of(webhooks.update(currentCaller.get(), Uuids.pathParam(uuid),
                WebhookBody.read(body, false, urls)));
    }

    @DELETE
    @Path("{uuid}/")
    public Response delete(@PathParam("uuid") String uuid) {
        webhooks.delete(currentCaller.get(), Uuids.pathParam(uuid));
        return Response.noContent().build();
    }

    @POST
    @Path("{uuid}/rotate_secret/")
    public Map<String, String> rotateSecret(@PathParam("uuid") String uuid) {
        return Map.of("secret", webhooks.rotateSecret(currentCaller.get(), Uuids.pathParam(uuid)));
    }

    @POST
    @Path("{uuid}/test/")
    public Response test(@PathParam("uuid") String uuid) {
        return Response.accepted(WebhookDeliveryView.of(webhooks.test(currentCaller.get(), Uuids.pathParam(uuid))))
                .build();
    }

    @GET
    @Path("{uuid}/deliveries/")
    public Response deliveries(@PathParam("uuid") String uuid, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("page_size") String pageSize, @Context UriInfo uri) {
        return webhooks.deliveries(currentCaller.get(), Uuids.pathParam(uuid), status, PageRequest.of(page, pageSize))
                .map(WebhookDeliveryView::of).response(uri);
    }

    @HEAD
    @Path("{uuid}/deliveries/")
    public Response countDeliveries(@PathParam("uuid") String uuid, @QueryParam("status") String status) {
        return PagedResponse.count(webhooks.deliveries(currentCaller.get(), Uuids.pathParam(uuid), status,
                PageRequest.of(null, null)).total());
    }

    @POST
    @Path("{uuid}/deliveries/{delivery}/redeliver/")
    public Response redeliver(@PathParam("uuid") String uuid, @PathParam("delivery") String delivery) {
        return Response.accepted(WebhookDeliveryView.of(webhooks.redeliver(currentCaller.get(), Uuids.pathParam(uuid),
                Uuids.pathParam(delivery)))).build();
    }
}
