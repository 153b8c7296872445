package org.offeringcompliance.checklist.completion;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.offeringcompliance.checklist.marketplace.OfferingUserRef;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Current completions (of the offering's current checklist, of a live offering user) picked in batches for the
 * deadline work, each locked; rows another transaction holds are skipped, so two instances never take the same one.
 */
final class CurrentCompletions {

    static final int BATCH = 1000;

    private CurrentCompletions() {}

    /** Up to a batch of current completions matching the condition (on c, r, oc; parameters ?1 on), locked. */
    static List<Completion> lock(String condition, Object... parameters) {
        return lock(condition, true, parameters);
    }

    /** As {@link #lock(String, Object...)}, but waiting for rows another transaction holds. */
    static List<Completion> lockWaiting(String condition, Object... parameters) {
        return lock(condition, false, parameters);
    }

    private static List<Completion> lock(String condition, boolean skipLocked, Object... parameters) {
        var query = Panache.getEntityManager().createNativeQuery("SELECT c.id FROM completion c "
                + "JOIN checklist k ON k.id = c.checklist_id "
                + "JOIN offering_user_ref r ON r.offering_user_uuid = c.offering_user_uuid AND NOT r.deleted "
                + "JOIN offering_checklist oc ON oc.offering_uuid = r.offering_uuid AND oc.checklist_uuid = k.uuid "
                + "WHERE " + condition + " ORDER BY c.id LIMIT " + BATCH + " FOR UPDATE OF c"
                + (skipLocked ? " SKIP LOCKED" : ""));
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = query.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return Completion.list("select c from Completion c join fetch c.checklist where c.id in ?1 order by c.id",
                ids.stream().map(Number::longValue).toList());
    }

    /** The offering users of these completions, by uuid. */
    static Map<UUID, OfferingUserRef> offeringUsersOf(Collection<Completion> completions) {
        return OfferingUserRef.<OfferingUserRef>list("offeringUserUuid in ?1",
                completions.stream().map(c -> c.offeringUserUuid).distinct().toList()).stream()
                .collect(Collectors.toMap(r -> r.offeringUserUuid, Function.identity()));
    }
}
