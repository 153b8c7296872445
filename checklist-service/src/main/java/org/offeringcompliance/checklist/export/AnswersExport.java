package org.offeringcompliance.checklist.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.offeringcompliance.checklist.checklist.Checklist;
import org.offeringcompliance.checklist.completion.ChecklistSnapshot;
import org.offeringcompliance.checklist.completion.ChecklistSnapshots;
import org.offeringcompliance.checklist.option.QuestionOption;
import org.offeringcompliance.checklist.question.Question;
import org.offeringcompliance.checklist.rules.HexIds;
import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.export.RowWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The answers export of a provider's customer (API.md section 7): one row per live offering user and question of the
 * current completion of its offering's current checklist, by offering name, user name, question order. Each offering
 * is read with a cursor over its users (in the order of an index, so the first rows come at once), a user's answers
 * aggregated on their row; the checklist's questions and options are held once per offering.
 */
@ApplicationScoped
public class AnswersExport {

    public static final List<String> COLUMNS = List.of("user", "username", "email", "offering", "checklist", "question",
            "answer", "answered_at", "answered_by", "requires_review", "reviewed_at");

    /** Offering users read from the database at a time (each gives a row per question). */
    static final int FETCH = 500;

    /** An offering of the customer that has a checklist, with the name its events gave (its uuid while unknown). */
    public record ExportedOffering(UUID uuid, String name, long checklistId) {}

    private static final String OFFERINGS = "SELECT oc.offering_uuid, oc.name, k.id FROM offering_checklist oc "
            + "LEFT JOIN checklist k ON k.uuid = oc.checklist_uuid WHERE (oc.customer_uuid = ?1 "
            // an offering whose own event has not come yet is known only from its offering users' events
            + "OR oc.customer_uuid IS NULL AND EXISTS (SELECT 1 FROM offering_user_ref r "
            + "WHERE r.offering_uuid = oc.offering_uuid AND r.customer_uuid = ?1))";

    /** The answer of the user themself comes first, then everyone else's by time: the first one is exported. */
    private static final String USERS = "SELECT r.full_name, r.username, r.email, r.user_uuid, c.reviewed_at, "
            + "(SELECT json_agg(json_build_array(a.question_id, a.user_uuid, a.user_name, a.answer_data, a.modified, "
            + "a.requires_review) ORDER BY a.user_uuid = r.user_uuid DESC, a.created, a.id) FROM answer a "
            + "WHERE a.completion_id = c.id) FROM offering_user_ref r JOIN completion c "
            + "ON c.offering_user_uuid = r.offering_user_uuid AND c.checklist_id = ? "
            + "WHERE r.offering_uuid = ? AND NOT r.deleted ORDER BY r.full_name, r.offering_user_uuid";

    @Inject
    EntityManager em;

    @Inject
    ChecklistSnapshots snapshots;

    @Inject
    ObjectMapper json;

    /**
     * The customer's offerings with a checklist, by name; only the given one when an offering is given, which must be
     * the customer's (else a 400 on offering_uuid).
     */
    @Transactional
    public List<ExportedOffering> offerings(UUID customer, UUID offering) {
        var query = em.createNativeQuery(OFFERINGS + (offering == null ? "" : " AND oc.offering_uuid = ?2"), Object[].class)
                .setParameter(1, customer);
        if (offering != null) {
            query.setParameter(2, offering);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (offering != null && rows.isEmpty()) {
            throw ApiException.fieldError("offering_uuid",
                    "Select a valid choice. That choice is not one of the available choices.");
        }
        return rows.stream().filter(row -> row[2] != null)
                .map(row -> new ExportedOffering((UUID) row[0],
                        row[1] == null ? Uuids.hex((UUID) row[0]) : (String) row[1], ((Number) row[2]).longValue()))
                .sorted(Comparator.comparing(ExportedOffering::name).thenComparing(ExportedOffering::uuid)).toList();
    }

    /** The rows of the export of these offerings: each live user's current completion gives one per question. */
    @Transactional
    public long count(List<ExportedOffering> offerings) {
        if (offerings.isEmpty()) {
            return 0;
        }
        return ((Number) em.createNativeQuery("SELECT coalesce(sum(k.questions_count), 0) "
                + "FROM unnest(CAST(?1 AS uuid[]), CAST(?2 AS bigint[])) AS o(offering_uuid, checklist_id) "
                + "JOIN offering_user_ref r ON r.offering_uuid = o.offering_uuid AND NOT r.deleted "
                + "JOIN completion c ON c.offering_user_uuid = r.offering_user_uuid AND c.checklist_id = o.checklist_id "
                + "JOIN checklist k ON k.id = o.checklist_id")
                .setParameter(1, offerings.stream().map(ExportedOffering::uuid).toArray(UUID[]::new))
                .setParameter(2, offerings.stream().map(ExportedOffering::checklistId).toArray(Long[]::new))
                .getSingleResult()).longValue();
    }

    /** Writes the rows of these offerings, in order; runs in the caller's (read) transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(List<ExportedOffering> offerings, RowWriter out) throws IOException {
        // The first rows must leave at once: a plan that sorts an offering's users before returning one would not. The
        // cursor is planned for all its rows, so sorts are ruled out here and the index on (offering, name) gives the order.
        em.createNativeQuery("SET LOCAL enable_sort = off").executeUpdate();
        try {
            for (ExportedOffering offering : offerings) {
                Checklist checklist = Checklist.findById(offering.checklistId());
                if (checklist != null) { // switched and deleted since the offerings were listed: nothing current left
                    write(offering, snapshots.of(checklist), out);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void write(ExportedOffering offering, ChecklistSnapshot checklist, RowWriter out) {
        Map<Long, Map<String, String>> labels = new HashMap<>();
        checklist.options().forEach((question, options) -> labels.put(question, labelsOf(options)));
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement users = connection.prepareStatement(USERS)) {
                users.setFetchSize(FETCH);
                users.setLong(1, offering.checklistId());
                users.setObject(2, offering.uuid());
                try (ResultSet row = users.executeQuery()) {
                    while (row.next()) {
                        writeUser(row, offering, checklist, labels, out);
                    }
                }
            }
        });
    }

    private void writeUser(ResultSet row, ExportedOffering offering, ChecklistSnapshot checklist,
            Map<Long, Map<String, String>> labels, RowWriter out) throws SQLException {
        String fullName = row.getString(1);
        String username = row.getString(2);
        String email = row.getString(3);
        Instant reviewedAt = instant(row.getObject(5, OffsetDateTime.class));
        Map<Long, JsonNode> answers = firstAnswers(row.getString(6));
        try {
            for (Question q : checklist.questions()) {
                JsonNode a = answers.get(q.id);
                out.row(Arrays.asList(fullName, username, email, offering.name(), checklist.checklist().name,
                        q.description,
                        a == null ? null : AnswerCells.cell(q.type(), a.get(3), labels.getOrDefault(q.id, Map.of())),
                        a == null ? null : OffsetDateTime.parse(a.get(4).asText()).toInstant(),
                        a == null ? null : answeredBy(a), a == null ? null : a.get(5).asBoolean(), reviewedAt));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the client went away
        }
    }

    /** Per question, the first of its answers: [question id, user uuid, user name, answer, modified, requires review]. */
    private Map<Long, JsonNode> firstAnswers(String aggregated) {
        Map<Long, JsonNode> first = new HashMap<>();
        if (aggregated == null) {
            return first;
        }
        try {
            json.readTree(aggregated).forEach(a -> first.putIfAbsent(a.get(0).asLong(), a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answers of a completion as PostgreSQL aggregated them", e);
        }
        return first;
    }

    /** The answering user's name as stored on the answer, or their uuid when it has none. */
    private static String answeredBy(JsonNode a) {
        String name = a.get(2).asText("");
        return name.isBlank() ? HexIds.canonical(a.get(1).asText()) : name;
    }

    private static Map<String, String> labelsOf(List<QuestionOption> options) {
        Map<String, String> labels = new LinkedHashMap<>();
        options.forEach(o -> labels.put(Uuids.hex(o.uuid), o.label));
        return labels;
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
