package org.offeringcompliance.common.web;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.events.Failures;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Every failure leaves as JSON: {"detail": ...} or field errors; never HTML, never a stack trace. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    /** The body reader reports unparsable JSON and mistyped fields as a bare 400. */
    static final String MALFORMED_BODY = "Malformed JSON or wrong value types in the request body.";

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return json(e.status(), e.body());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized() {
        return detail(401, "Authentication credentials were not provided or are invalid.");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return detail(403, "You do not have permission to perform this action.");
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()
                && mismatch.getPath().get(0).getFieldName() != null) {
            // Well-formed JSON with a value of the wrong type: an error on that field, like any other field error.
            String field = mismatch.getPath().get(0).getFieldName();
            return json(400, Map.of(field, List.of(wrongType(mismatch.getTargetType()))));
        }
        return detail(400, MALFORMED_BODY);
    }

    // Quarkus REST has its own mappers for these Jackson types, which answer an empty 400; the most specific mapper wins,
    // so each is named here.
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response unparseable(JsonParseException e) {
        return detail(400, MALFORMED_BODY);
    }

    @ServerExceptionMapper
    public Response tooDeep(StreamConstraintsException e) {
        return detail(400, "The request body is nested too deeply or too large.");
    }

    private static String wrongType(Class<?> target) {
        if (target == String.class) {
            return "Not a valid string.";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "Must be a valid boolean.";
        }
        if (target != null && (Number.class.isAssignableFrom(target) || target.isPrimitive())) {
            return "A valid number is required.";
        }
        return "Wrong value type.";
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(e, "request failed with %d", status);
            return detail(status, "Internal server error.");
        }
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        return detail(status, switch (status) {
            case 400 -> MALFORMED_BODY;
            case 404 -> "Not found.";
            case 405 -> "Method not allowed.";
            case 406 -> "Not acceptable.";
            case 413 -> "Request body too large.";
            case 415 -> "Unsupported media type: send application/json.";
            default -> reason == null ? "Bad request." : reason + ".";
        });
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (violatesConstraint(e)) {
            // Two requests raced to create the same thing; the loser gets what it would have got a moment later.
            return detail(409, "Conflict with an existing object; reload and try again.");
        }
        if (isDataException(e)) {
            // PostgreSQL refused a value (a NUL character, an invalid encoding, a number out of range): nothing written.
            return detail(400, "The request contains a value that cannot be stored (for example a NUL character).");
        }
        if (e instanceof jakarta.persistence.EntityNotFoundException) {
            return detail(404, "Not found."); // deleted by a concurrent request while this one waited for its lock
        }
        Failures kind = Failures.of(e);
        if (kind == Failures.OUTAGE) {
            LOG.warnf("request refused during an outage: %s", e.toString());
            return Response.fromResponse(detail(503, "A service this request needs is unavailable; try again shortly."))
                    .header("Retry-After", "5").build();
        }
        if (kind == Failures.CONFLICT) {
            return detail(409, "Conflict with a concurrent change; reload and try again.");
        }
        LOG.error("unexpected failure", e);
        return detail(500, "Internal server error.");
    }

    static boolean isDataException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    static boolean violatesConstraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static Response detail(int status, String detail) {
        return json(status, Map.of("detail", detail));
    }

    private static Response json(int status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
