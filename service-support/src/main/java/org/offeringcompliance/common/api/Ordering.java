package org.offeringcompliance.common.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The `o` query parameter: comma-separated API field names, `-` for descending, mapped to SQL columns. */
public final class Ordering {

    private Ordering() {}

    /**
     * @param o the parameter, null or blank for the default
     * @param columns API field name to SQL expression; the only fields a client may order by
     * @param defaultOrder used when o is absent, e.g. "-modified"
     * @param tieBreaker appended so paging is stable, e.g. "id"
     * @return an ORDER BY body such as "modified DESC, id"
     */
    public static String toSql(String o, Map<String, String> columns, String defaultOrder, String tieBreaker) {
        String requested = o == null || o.isBlank() ? defaultOrder : o;
        List<String> parts = new ArrayList<>();
        for (String raw : requested.split(",")) {
            String field = raw.trim();
            boolean descending = field.startsWith("-");
            String name = descending ? field.substring(1) : field;
            String column = columns.get(name);
            if (column == null) {
                throw ApiException.fieldError("o", "Unknown ordering field '" + field + "'. Allowed: "
                        + String.join(", ", columns.keySet().stream().sorted().toList()) + ".");
            }
            parts.add(descending ? column + " DESC" : column);
        }
        parts.add(tieBreaker);
        return String.join(", ", parts);
    }
}
