package org.offeringcompliance.e2e.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One request exactly as the fuzz sends it: the method, the raw (already encoded) path and query, the headers in order,
 * and the body bytes.
 *
 * @param note how the case was made, e.g. "name := 256 × 'a'"
 * @param chunked send the body without a Content-Length
 */
record FuzzRequest(String method, String pathAndQuery, List<Map.Entry<String, String>> headers, byte[] body,
        boolean chunked, String note) {

    static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final int SHOWN = 300;

    boolean isWrite() {
        return WRITES.contains(method.toUpperCase());
    }

    boolean isPreflight() {
        return method.equals("OPTIONS") && header("Access-Control-Request-Method") != null;
    }

    String path() {
        int q = pathAndQuery.indexOf('?');
        return q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    }

    String header(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }

    /** Method, URI, headers and the body's first 300 characters, tokens replaced by the variables of {@link #curl}. */
    String describe(String baseUrl, Map<String, String> tokenNames) {
        StringBuilder out = new StringBuilder(method).append(' ')
                .append(shorten(hideTokens(baseUrl + pathAndQuery, tokenNames, "$", ""), 2_000)).append('\n');
        headers.forEach(h -> out.append("  ").append(h.getKey()).append(": ")
                .append(escape(shorten(hideTokens(h.getValue(), tokenNames, "$", ""), SHOWN))).append('\n'));
        if (body.length > 0) {
            String text = new String(body, StandardCharsets.UTF_8);
            out.append("  body (").append(body.length).append(" bytes").append(chunked ? ", chunked" : "")
                    .append("): ").append(escape(shorten(text, SHOWN))).append('\n');
        }
        return out.append("  made by: ").append(escape(shorten(note, SHOWN))).toString();
    }

    /** A curl command that sends the same bytes; the body comes from bodyFile when there is one. */
    String curl(String baseUrl, Map<String, String> tokenNames, String bodyFile) {
        StringBuilder out = new StringBuilder("curl -sS -i --path-as-is ")
                .append(method.equals("HEAD") ? "--head" : "-X " + quote(method)).append(' ')
                .append(hideTokens(quote(baseUrl + pathAndQuery), tokenNames, "'\"$", "\"'"));
        headers.forEach(h -> out.append(" -H ").append(h.getValue().isEmpty()
                ? quote(h.getKey() + ";")
                : hideTokens(quote(h.getKey() + ": " + h.getValue()), tokenNames, "'\"$", "\"'")));
        if (chunked) {
            out.append(" -H 'Transfer-Encoding: chunked'");
        }
        if (body.length > 0) {
            out.append(" --data-binary @").append(bodyFile);
        }
        return out.toString();
    }

    /** Access tokens expire and do not belong in logs: each is shown as a shell variable. */
    private static String hideTokens(String text, Map<String, String> tokenNames, String before, String after) {
        String out = text;
        for (Map.Entry<String, String> token : tokenNames.entrySet()) {
            out = out.replace(token.getKey(), before + token.getValue() + after);
        }
        return out;
    }

    private static String shorten(String text, int shown) {
        return text.length() <= shown ? text : text.substring(0, shown) + "… (" + text.length() + " chars)";
    }

    /** Control characters, surrogates and non-ASCII as \\uXXXX, so the log shows what was sent. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c >= 0x7f ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
