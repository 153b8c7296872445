package org.offeringcompliance.checklist.completion;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.offeringcompliance.checklist.marketplace.OfferingUserRef;

/** Completions for the internal state endpoint, each with its checklist: a page in uuid order, or given ones. */
@ApplicationScoped
public class CompletionQueries {

    /** At most limit completions after the given uuid, in uuid order. */
    public List<Completion> after(UUID from, int limit) {
        return Completion.<Completion>find("select c from Completion c join fetch c.checklist "
                + "where c.uuid > ?1 order by c.uuid", from).page(0, limit).list();
    }

    /** Those of these completions that exist. */
    public List<Completion> existing(List<UUID> uuids) {
        return Completion.list("select c from Completion c join fetch c.checklist where c.uuid in ?1", uuids);
    }

    /** The offering users among these that are not deleted, by uuid. */
    public Map<UUID, OfferingUserRef> liveOfferingUsers(List<UUID> offeringUsers) {
        return offeringUsers.isEmpty()
                ? Map.of()
                : OfferingUserRef.<OfferingUserRef>list("offeringUserUuid in ?1 and deleted = false", offeringUsers)
                        .stream().collect(Collectors.toMap(r -> r.offeringUserUuid, r -> r));
    }
}
