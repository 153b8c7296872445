package org.offeringcompliance.common.web;

import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** A request body without a Content-Type is not taken for JSON: 415, like any other type that is not JSON. */
public class ContentTypeFilter {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @ServerRequestFilter(preMatching = true)
    public Response requireContentType(ContainerRequestContext request) {
        if (!WITH_BODY.contains(request.getMethod()) || request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null) {
            return null;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean hasBody = length != null
                ? !"0".equals(length.trim())
                : request.getHeaderString("Transfer-Encoding") != null;
        if (!hasBody) {
            return null;
        }
        return Response.status(415).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("detail", "Unsupported media type: send application/json.")).build();
    }
}
