package org.offeringcompliance.checklist.checklist;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.offeringcompliance.checklist.api.Timestamps;
import org.offeringcompliance.checklist.offering.ChecklistReservations;
import org.offeringcompliance.checklist.offering.OfferingChecklist;
import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.api.JsonBody;
import org.offeringcompliance.common.api.Ordering;
import org.offeringcompliance.common.api.Where;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

@ApplicationScoped
public class ChecklistService {

    static final int NAME_LENGTH = 255;
    static final String OFFERING_COMPLIANCE = "offering_compliance";
    private static final Map<String, String> ORDERING = Map.of("name", "c.name", "checklist_type", "c.checklistType",
            "created", "c.created", "modified", "c.modified", "questions_count", "c.questionsCount");

    @Inject
    ChecklistReservations reservations;

    @Inject
    ChecklistEvents events;

    @Transactional
    public Checklist create(JsonNode body) {
        JsonBody json = JsonBody.of(body);
        String name = json.requiredText("name", NAME_LENGTH);
        String description = json.text("description", Integer.MAX_VALUE, "");
        String type = json.requiredChoice("checklist_type", Checklist::type);
        json.throwIfAny();
        Checklist checklist = new Checklist();
        checklist.uuid = UUID.randomUUID();
        checklist.name = name;
        checklist.description = description;
        checklist.checklistType = type;
        checklist.version = 1;
        checklist.created = Timestamps.now();
        checklist.modified = checklist.created;
        checklist.persist();
        events.checklistCreated(checklist);
        return checklist;
    }

    public Checklist get(UUID uuid) {
        Checklist checklist = Checklist.findByUuid(uuid);
        if (checklist == null) {
            throw ApiException.notFound();
        }
        return checklist;
    }

    /** Checklists, of one type when given, ordered by {@code o} (default: type, then name). */
    public PanacheQuery<Checklist> list(String checklistType, String o) {
        String type = checklistType == null
                ? null
                : Checklist.type(checklistType)
                        .orElseThrow(() -> ApiException.fieldError("checklist_type",
                                "Select a valid choice. " + checklistType + " is not one of the available choices."));
        Where where = new Where().equal("c.checklistType", "type", type);
        return Checklist.find("from Checklist c" + where.clause() + " order by "
                + Ordering.toSql(o, ORDERING, "checklist_type,name", "c.id"), where.params());
    }

    /** PATCH: name, description and checklist_type, each only when present. */
    @Transactional
    public Checklist update(UUID uuid, JsonNode body) {
        Checklist checklist = locked(uuid);
        JsonBody json = JsonBody.of(body);
        String name = json.has("name") ? json.requiredText("name", NAME_LENGTH) : checklist.name;
        String description = json.text("description", Integer.MAX_VALUE, checklist.description);
        String type = json.choice("checklist_type", Checklist::type, false, checklist.checklistType);
        json.throwIfAny();
        if (!type.equals(checklist.checklistType) && inUse(uuid)) {
            throw ApiException.conflict("The checklist is used by offerings; its type cannot change.");
        }
        if (name.equals(checklist.name) && description.equals(checklist.description)
                && type.equals(checklist.checklistType)) {
            return checklist;
        }
        checklist.name = name;
        checklist.description = description;
        checklist.checklistType = type;
        checklist.touch();
        events.checklistUpdated(checklist);
        return checklist;
    }

    /**
     * The checklist and, when it can be assigned to offerings, a reservation for the offering taken under the
     * checklist's lock, so that a deletion racing the assignment is refused.
     */
    @Transactional
    public Checklist reserve(UUID uuid, UUID offering) {
        Checklist checklist = locked(uuid);
        if (OFFERING_COMPLIANCE.equals(checklist.checklistType)) {
            reservations.reserve(checklist.uuid, offering);
        }
        return checklist;
    }

    /** Deletes the checklist with its questions, options and dependencies; refused while an offering uses it. */
    @Transactional
    public void delete(UUID uuid) {
        Checklist checklist = locked(uuid);
        if (inUse(uuid)) {
            throw ApiException.conflict("The checklist is used by offerings and cannot be deleted.");
        }
        events.checklistDeleted(checklist);
        checklist.delete();
    }

    /**
     * Used, or about to be: the reservation is read first, because an arriving assignment event records the use and
     * settles the reservation in one commit, so reading the other way round could miss both.
     */
    private boolean inUse(UUID uuid) {
        return reservations.isPending(uuid) || OfferingChecklist.isInUse(uuid);
    }

    private static Checklist locked(UUID uuid) {
        Checklist checklist = Checklist.lockByUuid(uuid);
        if (checklist == null) {
            throw ApiException.notFound();
        }
        return checklist;
    }
}
