package org.offeringcompliance.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * After the load: the owners' data (marketplace and checklist databases) against what was acknowledged and against the
 * reports. Each broken rule is one line; none is the pass.
 */
final class ChaosInvariants {

    private final Stack stack;
    private final ChaosWorld world;
    private final ChaosLoad load;
    final List<String> violations = new ArrayList<>();

    ChaosInvariants(Stack stack, ChaosWorld world, ChaosLoad load) {
        this.stack = stack;
        this.world = world;
        this.load = load;
    }

    /** One row of each live offering user: its offering and the offering's current checklist (the owner's truth). */
    record Live(String offeringUser, String offering, String checklist) {}

    /** A completion as one service holds it. */
    record Figures(boolean completed, double percentage) {}

    /** Effects are delayed by an outage, never lost: the checks are repeated until they hold or the time is up. */
    List<String> check(int deadLettersBefore, java.time.Duration settle) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + settle.toNanos();
        do {
            violations.clear();
            Map<String, Live> live = liveOfferingUsers();
            acknowledgedWritesHeld(live);
            oneCurrentCompletionEach(live);
            Map<String, Figures> stored = storedFigures(live);
            figuresFollowAnswers(stored);
            reportsFollowOwners(live, stored);
            if (violations.isEmpty()) {
                break;
            }
            Thread.sleep(3000);
        } while (System.nanoTime() < deadline);
        reportsEqualARebuild();
        int deadLetters = deadLetterCount();
        if (deadLetters != deadLettersBefore) {
            violations.add("dead letters: " + deadLettersBefore + " before the run, " + deadLetters + " after");
        }
        return violations;
    }

    private void acknowledgedWritesHeld(Map<String, Live> live) {
        load.acknowledgedCreations.forEach((uuid, offering) -> {
            if (!load.acknowledgedDeletions.contains(uuid) && !live.containsKey(uuid)) {
                violations.add("acknowledged offering user " + uuid + " is gone");
            }
        });
        load.acknowledgedDeletions.stream().filter(live::containsKey)
                .forEach(uuid -> violations.add("deleted offering user " + uuid + " is still there"));
    }

    private void oneCurrentCompletionEach(Map<String, Live> live) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> everyRef = new HashSet<>();
        try (Connection db = connect("checklist");
                PreparedStatement q = db.prepareStatement("SELECT r.offering_user_uuid, k.uuid, c.id FROM "
                        + "offering_user_ref r LEFT JOIN completion c ON c.offering_user_uuid = r.offering_user_uuid "
                        + "LEFT JOIN checklist k ON k.id = c.checklist_id WHERE r.offering_uuid = ANY(?) "
                        + "AND NOT r.deleted")) {
            q.setArray(1, db.createArrayOf("uuid", new Object[]{uuid(world.offeringA()), uuid(world.offeringB())}));
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    String ou = hex(rows.getString(1));
                    everyRef.add(ou);
                    if (rows.getObject(3) != null) {
                        counts.merge(ou + "/" + hex(rows.getString(2)), 1, Integer::sum);
                    }
                }
            }
        }
        for (Live ou : live.values()) {
            if (ou.checklist() != null && counts.getOrDefault(ou.offeringUser() + "/" + ou.checklist(), 0) != 1) {
                violations.add("offering user " + ou.offeringUser() + " has "
                        + counts.getOrDefault(ou.offeringUser() + "/" + ou.checklist(), 0) + " current completions");
            }
        }
        everyRef.stream().filter(ou -> !live.containsKey(ou))
                .forEach(ou -> violations.add("checklist service keeps deleted offering user " + ou));
    }

    /** The stored figures of each live offering user's current completion, checked against a live computation. */
    private Map<String, Figures> storedFigures(Map<String, Live> live) throws SQLException {
        Map<String, Figures> stored = new HashMap<>();
        try (Connection db = connect("checklist");
                PreparedStatement q = db.prepareStatement("SELECT c.offering_user_uuid, c.is_completed, "
                        + "c.completion_percentage FROM completion c JOIN checklist k ON k.id = c.checklist_id "
                        + "WHERE c.offering_user_uuid = ? AND k.uuid = ?")) {
            for (Live ou : live.values()) {
                if (ou.checklist() == null) {
                    continue;
                }
                q.setObject(1, uuid(ou.offeringUser()));
                q.setObject(2, uuid(ou.checklist()));
                try (ResultSet rows = q.executeQuery()) {
                    if (rows.next()) {
                        stored.put(ou.offeringUser(), new Figures(rows.getBoolean(2), rows.getDouble(3)));
                    }
                }
            }
        }
        return stored;
    }

    private void figuresFollowAnswers(Map<String, Figures> stored) {
        stored.forEach((ou, figures) -> {
            JsonNode status = stack.gateway.get(stack.staff, "/api/marketplace-offering-users/" + ou + "/completion_status/");
            Figures computed = new Figures(status.get("is_completed").asBoolean(),
                    status.get("completion_percentage").asDouble());
            if (!computed.equals(figures)) {
                violations.add("completion of " + ou + " stores " + figures + " but its answers give " + computed);
            }
        });
    }

    private void reportsFollowOwners(Map<String, Live> live, Map<String, Figures> stored) throws SQLException {
        Map<String, Figures> reported = new HashMap<>();
        try (Connection db = connect("reporting");
                PreparedStatement q = db.prepareStatement("SELECT offering_user_uuid, is_completed, "
                        + "completion_percentage FROM reporting.offering_user_report WHERE offering_uuid = ANY(?)")) {
            q.setArray(1, db.createArrayOf("uuid", new Object[]{uuid(world.offeringA()), uuid(world.offeringB())}));
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    boolean hasCompletion = rows.getObject(2) != null;
                    reported.put(hex(rows.getString(1)),
                            hasCompletion ? new Figures(rows.getBoolean(2), rows.getDouble(3)) : null);
                }
            }
        }
        if (!reported.keySet().equals(live.keySet())) {
            violations.add("reports list " + reported.size() + " offering users, the marketplace " + live.size());
        }
        stored.forEach((ou, figures) -> {
            if (reported.containsKey(ou) && !Objects.equals(reported.get(ou), figures)) {
                violations.add("reports show " + reported.get(ou) + " for " + ou + ", the checklist service " + figures);
            }
        });
    }

    private void reportsEqualARebuild() throws SQLException {
        String before = reportSnapshot();
        // A rebuild replays every event topic from its beginning: minutes on a long-lived stack.
        Api reporting = new Api(stack.endpoints.reporting(), java.time.Duration.ofMinutes(10));
        reporting.post(stack.staff, "/internal/rebuild", null, 200);
        String after = reportSnapshot();
        if (!before.equals(after)) {
            violations.add("reports differ from a rebuild from the event log:\n  live:    " + before + "\n  rebuilt: "
                    + after);
        }
    }

    private String reportSnapshot() throws SQLException {
        StringBuilder snapshot = new StringBuilder();
        try (Connection db = connect("reporting");
                PreparedStatement offerings = db.prepareStatement("SELECT offering_uuid, checklist_uuid, total_users, "
                        + "users_with_completions, completed_users FROM reporting.offering_report "
                        + "WHERE offering_uuid = ANY(?) ORDER BY offering_uuid");
                PreparedStatement users = db.prepareStatement("SELECT offering_user_uuid, checklist_uuid, "
                        + "completion_uuid, is_completed, completion_percentage, requires_review, reviewed_at FROM "
                        + "reporting.offering_user_report WHERE offering_uuid = ANY(?) ORDER BY offering_user_uuid")) {
            for (PreparedStatement q : List.of(offerings, users)) {
                q.setArray(1, db.createArrayOf("uuid", new Object[]{uuid(world.offeringA()), uuid(world.offeringB())}));
                try (ResultSet rows = q.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            snapshot.append(rows.getString(i)).append(i < columns ? "|" : "; ");
                        }
                    }
                }
            }
        }
        return snapshot.toString();
    }

    /** Letters waiting in the checklist and reporting services' dead-letter topics. */
    int deadLetterCount() {
        int count = 0;
        for (String service : List.of(stack.endpoints.checklist(), stack.endpoints.reporting())) {
            count += new Api(service).get(stack.staff, "/internal/dead-letters").get("count").asInt();
        }
        return count;
    }

    private Map<String, Live> liveOfferingUsers() throws SQLException {
        Map<String, Live> live = new HashMap<>();
        try (Connection db = connect("marketplace");
                PreparedStatement q = db.prepareStatement("SELECT ou.uuid, o.uuid, o.compliance_checklist FROM "
                        + "offering_user ou JOIN offering o ON o.id = ou.offering_id WHERE o.uuid = ANY(?)")) {
            q.setArray(1, db.createArrayOf("uuid", new Object[]{uuid(world.offeringA()), uuid(world.offeringB())}));
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    String ou = hex(rows.getString(1));
                    live.put(ou, new Live(ou, hex(rows.getString(2)), hex(rows.getString(3))));
                }
            }
        }
        return live;
    }

    private Connection connect(String database) throws SQLException {
        Endpoints e = stack.endpoints;
        return DriverManager.getConnection("jdbc:postgresql://" + e.pgHost() + ":" + e.pgPort() + "/" + database,
                e.pgUser(), e.pgPassword());
    }

    static UUID uuid(String hex) {
        return UUID.fromString(hex.replaceFirst("(\\p{XDigit}{8})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}{4})(.+)",
                "$1-$2-$3-$4-$5"));
    }

    static String hex(String uuid) {
        return uuid == null ? null : uuid.replace("-", "");
    }
}
