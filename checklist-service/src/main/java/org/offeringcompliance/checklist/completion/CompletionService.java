package org.offeringcompliance.checklist.completion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.offeringcompliance.checklist.completion.CompletionViews.CompletionStatus;
import org.offeringcompliance.checklist.completion.CompletionViews.SubmitResult;
import org.offeringcompliance.checklist.marketplace.OfferingUserRef;
import org.offeringcompliance.checklist.offering.OfferingChecklist;
import org.offeringcompliance.checklist.question.Question;
import org.offeringcompliance.checklist.rules.AnswerValidator;
import org.offeringcompliance.checklist.rules.QuestionSpec;
import org.offeringcompliance.checklist.rules.ReviewTrigger;
import org.offeringcompliance.checklist.rules.SelectAnswers;
import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.api.JsonBody;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.security.Caller;

import com.fasterxml.jackson.databind.JsonNode;

/** Answering and reviewing an offering user's current completion. */
@ApplicationScoped
public class CompletionService {

    static final String NO_CHECKLIST = "No checklist configured for this object";

    @Inject
    EntityManager em;

    @Inject
    CompletionEvents events;

    @Inject
    ChecklistSnapshots snapshots;

    /** The completion of the offering's current checklist; 400 when there is none. Never created on read. */
    public Completion current(OfferingUserRef ou) {
        OfferingChecklist offering = OfferingChecklist.findById(ou.offeringUuid);
        Completion completion = offering == null || offering.checklistUuid == null
                ? null
                : Completion.find(ou.offeringUserUuid, offering.checklistUuid);
        if (completion == null) {
            throw ApiException.badRequest(NO_CHECKLIST);
        }
        return completion;
    }

    /** All or nothing: every item is validated first; the 400 body is a list aligned with the input. */
    @Transactional
    public SubmitResult submit(Caller caller, OfferingUserRef ou, JsonNode body) {
        Completion completion = current(ou).lockedForWrite();
        ChecklistSnapshot snapshot = snapshots.of(completion.checklist);
        List<Item> items = validate(snapshot, body);
        Map<Long, Answer> mine = new HashMap<>();
        Answer.<Answer>list("completion = ?1 and userUuid = ?2", completion, caller.id())
                .forEach(a -> mine.put(a.question.id, a));
        AnswerHistory history = new AnswerHistory(completion, caller.id(), Instant.now());
        boolean changed = completion.awaitingSubmit; // a submit is what completes a new cycle
        completion.awaitingSubmit = false;
        for (Item item : items) {
            changed |= apply(caller, mine, history, completion, item);
        }
        em.flush();
        history.write(em);
        CompletionState after = CompletionState.load(completion, snapshot);
        changed |= after.storeFigures();
        if (changed) {
            if (completion.reviewedAt != null && after.figures().requiresReview()) {
                clearReview(completion); // the review covered answers that are no longer the ones given
            }
            ComplianceStates.settle(completion, OfferingChecklist.findById(ou.offeringUuid), history.at());
            completion.touch();
            events.updated(completion, ou);
        }
        return new SubmitResult("Answers submitted successfully", CompletionStatus.of(after));
    }

    @Transactional
    public Completion review(Caller caller, OfferingUserRef ou, JsonNode body) {
        if (caller.id().equals(ou.userUuid)) {
            throw new ApiException(403, "You cannot review your own completion.");
        }
        JsonBody json = JsonBody.of(body);
        String notes = json.text("review_notes", Integer.MAX_VALUE, "");
        json.throwIfAny();
        Completion completion = current(ou).lockedForWrite();
        completion.reviewedBy = caller.id();
        completion.reviewedByName = caller.fullName().isBlank() ? caller.username() : caller.fullName();
        completion.reviewedAt = Instant.now();
        completion.reviewNotes = notes;
        completion.touch();
        events.updated(completion, ou);
        return completion;
    }

    private static void clearReview(Completion completion) {
        completion.reviewedBy = null;
        completion.reviewedByName = null;
        completion.reviewedAt = null;
        completion.reviewNotes = "";
    }

    private record Item(Question question, QuestionSpec spec, JsonNode answer) {}

    private List<Item> validate(ChecklistSnapshot snapshot, JsonNode body) {
        if (body == null || !body.isArray()) {
            throw ApiException.badRequest("Expected a list of {question_uuid, answer_data} items.");
        }
        Map<String, Question> questions = new HashMap<>();
        snapshot.questions().forEach(q -> questions.put(Uuids.hex(q.uuid), q));
        List<Item> items = new ArrayList<>();
        List<Map<String, List<String>>> errors = new ArrayList<>();
        boolean failed = false;
        for (JsonNode entry : body) {
            Map<String, List<String>> error = new java.util.LinkedHashMap<>();
            Item item = validateItem(entry, questions, snapshot, error);
            failed |= !error.isEmpty();
            errors.add(error);
            items.add(item);
        }
        if (failed) {
            throw ApiException.withBody(400, errors);
        }
        return items;
    }

    private static Item validateItem(JsonNode entry, Map<String, Question> questions, ChecklistSnapshot snapshot,
            Map<String, List<String>> error) {
        if (!entry.isObject()) {
            error.put("non_field_errors", List.of("Expected an object with question_uuid and answer_data."));
            return null;
        }
        JsonNode uuid = entry.get("question_uuid");
        if (uuid == null || uuid.isNull()) {
            error.put("question_uuid", List.of("This field is required."));
        }
        if (!entry.has("answer_data")) {
            error.put("answer_data", List.of("This field is required."));
        }
        if (!error.isEmpty()) {
            return null;
        }
        var parsed = uuid.isTextual() ? Uuids.tryParse(uuid.asText()) : java.util.Optional.<UUID>empty();
        if (parsed.isEmpty()) {
            error.put("question_uuid", List.of("Must be a valid UUID."));
            return null;
        }
        Question question = questions.get(Uuids.hex(parsed.get()));
        if (question == null) {
            boolean elsewhere = Question.findByUuid(parsed.get()) != null;
            error.put("question_uuid", List.of(elsewhere
                    ? "Question " + Uuids.hex(parsed.get())
                            + " belongs to another checklist."
                    : "Question " + Uuids.hex(parsed.get()) + " not found."));
            return null;
        }
        QuestionSpec spec = snapshot.spec(question);
        JsonNode answer = entry.get("answer_data");
        if (!answer.isNull()) {
            AnswerValidator.validate(spec, answer).ifPresent(message -> error.put("non_field_errors", List.of(message)));
        }
        return new Item(question, spec, answer.isNull() ? null : SelectAnswers.canonical(answer));
    }

    /** Writes one validated item for the caller, noting it for the answer history; true when anything changed. */
    private boolean apply(Caller caller, Map<Long, Answer> mine, AnswerHistory history, Completion completion,
            Item item) {
        Answer existing = mine.get(item.question().id);
        if (item.answer() == null) {
            if (existing == null) {
                return false;
            }
            history.add(item.question(), existing.uuid, existing.answerData, null);
            existing.delete();
            mine.remove(item.question().id);
            return true;
        }
        boolean review = ReviewTrigger.requiresReview(item.spec(), item.answer());
        if (existing == null) {
            existing = new Answer();
            existing.uuid = UUID.randomUUID();
            existing.completion = completion;
            existing.question = item.question();
            existing.userUuid = caller.id();
            existing.created = history.at();
            mine.put(item.question().id, existing);
        } else if (Objects.equals(existing.answerData, item.answer()) && existing.requiresReview == review) {
            return false;
        }
        history.add(item.question(), existing.uuid, existing.answerData, item.answer());
        existing.userName = caller.fullName().isBlank() ? caller.username() : caller.fullName();
        existing.answerData = item.answer();
        existing.requiresReview = review;
        existing.modified = history.at();
        existing.persist();
        return true;
    }
}
