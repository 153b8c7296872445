package org.offeringcompliance.e2e.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * JSON text written by hand, so the fuzz can send what a JSON library refuses to write: lone surrogates (escaped, as
 * valid JSON text carrying invalid Unicode), duplicate keys, raw bytes inside strings.
 */
final class Json {

    /** Stands for a string value whose bytes are spliced in raw by {@link #withRawBytes}. */
    static final String RAW_MARK = "\"@@RAW@@\"";

    private Json() {}

    /** A JSON string: quotes, backslashes, control characters and unpaired surrogates escaped, the rest as is. */
    static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
                out.append(c).append(s.charAt(++i));
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** An object from raw member values; a list of entries, so that a key may come twice. */
    static String object(List<Map.Entry<String, String>> members) {
        return members.stream().map(m -> string(m.getKey()) + ":" + m.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    static String array(List<String> rawItems) {
        return String.join(",", rawItems).transform(items -> "[" + items + "]");
    }

    /** depth arrays inside each other around inner. */
    static String nestedArrays(int depth, String inner) {
        return "[".repeat(depth) + inner + "]".repeat(depth);
    }

    /** depth objects inside each other, each {"a": ...}. */
    static String nestedObjects(int depth, String inner) {
        return "{\"a\":".repeat(depth) + inner + "}".repeat(depth);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The text's bytes with raw inside the string that {@link #RAW_MARK} stands for. */
    static byte[] withRawBytes(String textWithMark, byte[] raw) {
        int at = textWithMark.indexOf(RAW_MARK);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(textWithMark.substring(0, at) + "\"a"));
        out.writeBytes(raw);
        out.writeBytes(utf8("b\"" + textWithMark.substring(at + RAW_MARK.length())));
        return out.toByteArray();
    }
}
