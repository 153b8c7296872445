package org.offeringcompliance.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The offering-user service's own rows of the synthetic offering users and their directory users, written by SQL in
 * the marketplace database before their events are published. The owner must hold what its events announced: the
 * services' reconciliation with the owner removes whatever the owner lacks (a million through the REST API would need
 * a million Keycloak accounts). The uuids and names follow from the index exactly as in {@link OfferingUserEvents}.
 */
final class OwnerRows {

    private static final String REGULAR_USER = "('be0c0002-0000-4000-8000-' || lpad(to_hex(i / "
            + Dataset.OFFERINGS_PER_SYNTHETIC_USER + "), 12, '0'))::uuid";
    private static final String BACKFILL_USER = "('be0c0003-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid";

    private OwnerRows() {}

    /** Rows for the regular offering users [from, to) and the backfill ones [backfillFrom, backfillTo). */
    static void write(Endpoints endpoints, Dataset data, long from, long to, long backfillFrom, long backfillTo)
            throws SQLException {
        String url = "jdbc:postgresql://" + endpoints.pgHost() + ":" + endpoints.pgPort() + "/marketplace";
        try (Connection db = DriverManager.getConnection(url, endpoints.pgUser(), endpoints.pgPassword())) {
            String[] regularOfferings = new String[data.regularOfferingCount()];
            for (int k = 0; k < regularOfferings.length; k++) {
                regularOfferings[k] = data.regularOffering(k).uuid;
            }
            insert(db, from, to, REGULAR_USER, "'bench-u' || (i / " + Dataset.OFFERINGS_PER_SYNTHETIC_USER + ")",
                    "be0c0000", "(?::uuid[])[(i % " + regularOfferings.length + ") + 1]", regularOfferings);
            insert(db, backfillFrom, backfillTo, BACKFILL_USER, "'bench-b' || i", "be0c0001", "?::uuid",
                    data.offerings.get(data.backfillOffering).uuid);
        }
    }

    private static void insert(Connection db, long from, long to, String user, String name, String prefix,
            String offering, Object offeringParameter) throws SQLException {
        if (from >= to) {
            return;
        }
        String series = " FROM generate_series(" + from + ", " + (to - 1) + ") AS i";
        try (PreparedStatement users = db.prepareStatement("INSERT INTO directory_user (uuid, username, full_name, email, "
                + "created, modified) SELECT DISTINCT " + user + ", " + name + ", 'Bench ' || " + name + ", " + name
                + " || '@example.org', now(), now()" + series + " ON CONFLICT (uuid) DO NOTHING")) {
            users.executeUpdate();
        }
        try (PreparedStatement rows = db.prepareStatement("INSERT INTO offering_user (uuid, offering_id, user_uuid, "
                + "username, state, is_restricted, version, created, modified) SELECT ('" + prefix
                + "-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, o.id, " + user + ", " + name
                + ", 'OK', false, 1, now(), now()" + series + " JOIN offering o ON o.uuid = " + offering
                + " ON CONFLICT DO NOTHING")) {
            if (offeringParameter instanceof String[] uuids) {
                rows.setArray(1, db.createArrayOf("text", uuids));
            } else {
                rows.setString(1, (String) offeringParameter);
            }
            rows.executeUpdate();
        }
    }
}
