package org.offeringcompliance.notification.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.offeringcompliance.common.api.FieldErrors;
import org.offeringcompliance.common.api.JsonBody;
import org.offeringcompliance.notification.webhook.ComplianceTypes;
import org.offeringcompliance.notification.webhook.WebhookService.Settings;
import org.offeringcompliance.notification.webhook.WebhookUrls;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a subscription's settings: on POST customer, url and event_types are required, on PATCH every field optional. */
final class WebhookBody {

    static final int MAX_URL = 2000;
    static final int MAX_DESCRIPTION = 2000;

    private WebhookBody() {}

    static Settings read(JsonNode body, boolean create, WebhookUrls urls) {
        JsonBody json = JsonBody.of(body);
        UUID customer = create || json.has("customer") ? json.uuid("customer") : null;
        String url = create || json.has("url") ? json.requiredText("url", MAX_URL) : null;
        if (url != null) {
            String problem = urls.problem(url);
            if (problem != null) {
                json.errors().add("url", problem);
            }
        }
        List<String> eventTypes = create || json.has("event_types") ? eventTypes(json) : null;
        String description = json.text("description", MAX_DESCRIPTION, create ? "" : null);
        Boolean active = !create && json.has("is_active") ? json.bool("is_active", true) : null;
        json.throwIfAny();
        return new Settings(customer, url, eventTypes, description, active);
    }

    /** A non-empty list of the event types API.md names, each once. */
    private static List<String> eventTypes(JsonBody json) {
        FieldErrors errors = json.errors();
        JsonNode value = json.json("event_types", null);
        if (!json.has("event_types")) {
            errors.add("event_types", FieldErrors.REQUIRED);
        } else if (value == null) {
            errors.add("event_types", JsonBody.NOT_NULL);
        } else if (!value.isArray()) {
            errors.add("event_types", "Expected a list of items but got type \""
                    + value.getNodeType().name().toLowerCase() + "\".");
        } else if (value.isEmpty()) {
            errors.add("event_types", "This list may not be empty.");
        } else {
            Set<String> types = new LinkedHashSet<>();
            for (JsonNode item : value) {
                if (!item.isTextual() || !ComplianceTypes.ALL.contains(item.textValue())) {
                    errors.add("event_types", "\"" + (item.isTextual() ? item.textValue() : item.toString())
                            + "\" is not a valid choice.");
                    return null;
                }
                types.add(item.textValue());
            }
            return List.copyOf(types);
        }
        return null;
    }
}
