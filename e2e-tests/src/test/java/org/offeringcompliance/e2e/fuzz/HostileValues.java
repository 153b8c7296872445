package org.offeringcompliance.e2e.fuzz;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Hostile inputs, each a generator: JSON values of the wrong type, text with NUL, control characters and lone
 * surrogates, sizes at and past every limit, numbers at and past every bound, deep nesting, malformed JSON and bytes that
 * are not UTF-8, odd path segments, query values, content types and headers.
 */
final class HostileValues {

    /** Text without a limit is tried around this length and at 64 KiB; bodies past 1 MiB are BodyMutations' business. */
    private static final int UNBOUNDED = 1_000;

    private final List<String> realUuids;

    HostileValues(List<String> realUuids) {
        this.realUuids = List.copyOf(realUuids);
    }

    /** Text with something wrong or awkward in it; all of it valid JSON once written by {@link Json#string}. */
    Gen<String> text(Integer maxLength) {
        int limit = maxLength == null || maxLength > 100_000 ? UNBOUNDED : maxLength;
        return Gen.oneOf(Gen.of("", " ", "\t\n\r", "\u0000", "a\u0000b", "\u0001\u001f", "\u007f", "\u0085", "\u2028\u2029",
                "\ud800", "\udfff", "a\ud800b", "\udc00\ud800", "\ud83d\ude00", "\ufeff", "\uffff\ufffe", "\u202eevil",
                "e\u0301\u0301\u0301", "\u00e9", "%00", "%s%n%x", "${jndi:ldap://127.0.0.1/x}", "' OR '1'='1",
                "\"; DROP TABLE customer; --", "<script>alert(1)</script>", "../../../etc/passwd", "\\", "null", "true",
                "0", "NaN", "%", "_", "%_%", "*"), Gen.of(limit - 1, limit, limit + 1, 4 * limit, 65_536).map("a"::repeat),
                Gen.of(limit, limit + 1).map("\u00e9"::repeat),
                // one code point, two chars: lengths counted in chars and in code points disagree
                Gen.of(limit / 2 + 1, limit).map("\ud83d\ude00"::repeat));
    }

    /** Raw JSON numbers at and past the bounds, past int and long, past double, and with too many digits. */
    Gen<String> numbers(BigDecimal minimum, BigDecimal maximum) {
        List<String> edges = new ArrayList<>(List.of("0", "-0", "1", "-1", "0.5", "1.0", "1e2", "1E-400", "1e400",
                "-1e400", "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807",
                "9223372036854775808", "-9223372036854775809", "18446744073709551616", "1.7976931348623157e308",
                "4.9e-324", "9999999999999999.9999", "99999999999999999", "0.00001", "123456789012345678901234567890.5",
                "1" + "0".repeat(400), "0." + "0".repeat(400) + "1", "1" + "0".repeat(5_000)));
        for (BigDecimal bound : new BigDecimal[]{minimum, maximum}) {
            if (bound != null) {
                edges.addAll(List.of(bound.toPlainString(), bound.subtract(BigDecimal.ONE).toPlainString(),
                        bound.add(BigDecimal.ONE).toPlainString(), bound.add(new BigDecimal("0.5")).toPlainString()));
            }
        }
        return Gen.of(edges);
    }

    /** A JSON value of another type than the field's. */
    Gen<String> wrongType(Field.Kind kind) {
        return switch (kind) {
            case TEXT, UUID, CHOICE, DATETIME -> Gen.of("0", "1.5", "true", "false", "null", "[]", "{}", "[\"a\"]",
                    "{\"a\":\"b\"}");
            case INTEGER, DECIMAL -> Gen.of("\"1\"", "\"abc\"", "\"\"", "true", "null", "[]", "{}", "[1]", "{\"value\":1}");
            case BOOLEAN -> Gen.of("\"true\"", "\"false\"", "1", "0", "null", "\"\"", "[]", "{}", "[true]");
            case UUID_LIST -> Gen.of("\"x\"", "1", "true", "null", "{}", "[1]", "[null]", "[[]]");
            case ANY -> Gen.of("null", "{}", "[]", "\"\"");
        };
    }

    /** Text that is not a uuid, or a uuid in an odd form, or a real one of another kind. */
    Gen<String> uuidText() {
        return uuidText(realUuids);
    }

    private static Gen<String> uuidText(List<String> realUuids) {
        Gen<String> real = Gen.of(realUuids);
        return Gen.oneOf(Gen.of("", " ", "not-a-uuid", "0", "-1", "00000000000000000000000000000000",
                "00000000-0000-0000-0000-000000000000", "ffffffffffffffffffffffffffffffff", "g".repeat(32), "-".repeat(36),
                "a".repeat(10_000), "' OR 1=1 --", "\u0000", "%00"), real, real.map(String::toUpperCase),
                real.map(HostileValues::hyphenated), real.map(u -> "{" + hyphenated(u) + "}"),
                real.map(u -> "urn:uuid:" + hyphenated(u)), real.map(u -> u.substring(1)), real.map(u -> u + "0"),
                real.map(u -> u + "\u0000"), real.map(u -> " " + u), real.map(u -> u.substring(0, 31) + "g"),
                random -> new UUID(random.nextLong(), random.nextLong()).toString());
    }

    /** Deeply nested arrays or objects, at and past the parser's depth limit, and far past it. */
    Gen<String> nested() {
        Gen<Integer> depth = Gen.of(10, 999, 1_000, 1_001, 5_000, 50_000);
        return Gen.oneOf(depth.map(d -> Json.nestedArrays(d, "")), depth.map(d -> Json.nestedObjects(d, "1")),
                depth.map(d -> Json.nestedArrays(d, "{\"a\":" + Json.nestedArrays(3, "") + "}")));
    }

    /** Big arrays and objects: many elements, not deep. */
    Gen<String> wide() {
        return Gen.of(1_000, 100_000).map(n -> "[" + "1,".repeat(n) + "1]");
    }

    /** Any hostile value for a field of this kind: wrong type, bad content, bounds, nesting. */
    Gen<String> valueFor(Field field) {
        Gen.Frequency<String> gen = Gen.<String>frequency().add(3, wrongType(field.kind())).add(1, nested());
        switch (field.kind()) {
            case TEXT -> gen.add(8, text(field.maxLength()).map(Json::string));
            case INTEGER, DECIMAL -> gen.add(8, numbers(field.minimum(), field.maximum()));
            case UUID -> gen.add(8, uuidText().map(Json::string));
            case CHOICE -> gen.add(8, choiceText(field.choices()).map(Json::string));
            case DATETIME -> gen.add(8, datetimeText().map(Json::string));
            case BOOLEAN -> gen.add(2, Gen.of("true", "false"));
            case UUID_LIST -> gen.add(8, Gen.listOf(Gen.of(0, 1, 2, 1_000), uuidText().map(Json::string))
                    .map(Json::array));
            case ANY -> gen.add(4, text(null).map(Json::string)).add(4, numbers(null, null)).add(2, wide())
                    .add(2, Gen.of("[true,true]", "[\"a\",1,null,{}]", "{\"a\":[{\"b\":null}]}"));
        }
        return gen;
    }

    /** A choice in another case, padded, unknown, blank, or with a NUL. */
    Gen<String> choiceText(List<String> choices) {
        Gen<String> valid = choices.isEmpty() ? Gen.constant("x") : Gen.of(choices);
        return Gen.oneOf(valid, valid.map(String::toUpperCase), valid.map(c -> " " + c), valid.map(c -> c + "\u0000"),
                valid.map(c -> c + c), Gen.of("", "unknown", "\ud800", "%", "*"));
    }

    Gen<String> datetimeText() {
        return Gen.of("2024-01-15T10:30:00Z", "2024-01-15T10:30:00.123456789Z", "2024-13-45T99:99:99Z",
                "0000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "-1", "1705314600", "2024-01-15",
                "2024-01-15T10:30:00+25:00", "2024-01-15 10:30:00", "now", "", "\u0000", "9".repeat(1_000));
    }

    /** A whole body that is not the JSON the operation wants: malformed, truncated, of another type, not UTF-8. */
    Gen<byte[]> rawBodies(BodySpec spec) {
        String valid = spec.valid();
        String firstText = spec.fields().stream().filter(f -> f.kind() == Field.Kind.TEXT).map(Field::name).findFirst()
                .orElse("name");
        String withMark = spec.wrap(Json.object(List.of(Map.entry(firstText, Json.RAW_MARK))));
        Gen<byte[]> text = Gen.of("", " ", "null", "true", "0", "\"text\"", "[]", "{}", "[{}]", "[null]", "[{", "{\"",
                "{\"a\":", "{\"a\":1,}", "{,}", "{'a':1}", "{a:1}", "/* comment */ {}", "{} {}", "{}x", "{\"a\":NaN}",
                "{\"a\":Infinity}", "{\"a\":01}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":0x10}", "{\"a\":\"\t\"}",
                "name=x&customer=y", "<a>1</a>", valid.substring(0, valid.length() / 2), valid + "}", valid + "garbage",
                valid + valid).map(Json::utf8);
        Gen<byte[]> encodings = Gen.of(bom(valid), utf16(valid, false), utf16(valid, true),
                valid.getBytes(Charset.forName("UTF-32BE")));
        Gen<byte[]> badBytes = Gen.of("eda080", "edbfbf", "c080", "c0a2", "ff", "fe", "00", "c3", "e282", "f4908080",
                "f880808080").map(hex -> Json.withRawBytes(withMark, HexFormat.of().parseHex(hex)));
        Gen<byte[]> structure = Gen.oneOf(nested(), wide()).map(Json::utf8);
        Gen<byte[]> garbage = random -> {
            byte[] bytes = new byte[random.nextInt(1, 512)];
            random.nextBytes(bytes);
            return bytes;
        };
        return Gen.oneOf(text, encodings, badBytes, structure, garbage);
    }

    /** A path parameter that is not a usable id, already percent-encoded; mayNameReal: odd spellings of real ids too. */
    Gen<String> pathSegment(boolean mayNameReal) {
        List<String> reals = mayNameReal ? realUuids : List.of("00000000000000000000000000000001");
        return Gen.oneOf(Gen.of("not-a-uuid", "%00", "%2e%2e", "..%2f..%2f", "%2f", "%5c", "%ED%A0%80", "%FF",
                "%C0%AE%C0%AE", "%F0%9F%98%80", "me", "0", "-1", "null", "undefined", "%20", "+", "%2B", "%3B", "*", "~",
                "%7Buuid%7D", "'%20OR%201=1--", "%22%3E%3Cscript%3E", "00000000000000000000000000000000"),
                Gen.of(300, 3_000, 9_000).map("a"::repeat), uuidText(reals).map(HostileValues::encode));
    }

    /** A query value for the parameter, percent-encoded: at and past its limits or of the wrong kind. */
    Gen<String> queryValue(String name) {
        Gen<String> raw;
        if (name.equals("page") || name.equals("page_size") || name.equals("limit")) {
            raw = Gen.of("0", "-1", "1", "300", "301", "2147483647", "2147483648", "99999999999999999999", "1.5", "1e2",
                    "abc", "", " ", "\u0000", "0x10", "+1", "\uff11", "\u0661");
        } else if (name.equals("o")) {
            raw = Gen.of("created", "-created", "--created", "nonexistent", "created,,modified", ",", "-", "\u0000",
                    "created\u0000", "o".repeat(5_000), "name;select 1", "created,-created", "CREATED", " created",
                    "created,".repeat(500));
        } else if (name.endsWith("uuid") || name.equals("uuid")) {
            raw = uuidText();
        } else if (name.startsWith("is_") || name.startsWith("requires_") || name.startsWith("include_")) {
            raw = Gen.of("true", "false", "True", "1", "yes", "", "null", "\u0000", "tru");
        } else if (name.endsWith("_after") || name.endsWith("_before") || name.equals("now")) {
            raw = datetimeText();
        } else {
            raw = Gen.oneOf(text(255), choiceText(List.of("OK", "pending", "offering_compliance", "csv")));
        }
        return Gen.oneOf(raw.map(HostileValues::encode), Gen.of("%25", "%ED%A0%80", "%FF", "%C0%80", "a%00b", "%2525"));
    }

    /** Content types a JSON endpoint should refuse with 415, or accept: absent (null), odd, other charsets. */
    Gen<String> contentType() {
        return Gen.oneOf(Gen.constant((String) null), Gen.of("", "text/plain", "text/html", "application/xml",
                "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=x",
                "application/json; charset=utf-16", "application/json; charset=iso-8859-1", "application/json; charset=bogus",
                "application/json; charset=", "application/json;;", "APPLICATION/JSON", "application/JSON; Charset=UTF-8",
                "application/json-patch+json", "application/merge-patch+json", "application/vnd.api+json",
                "application/problem+json", "*/*", "application/*", "application", "/", "json",
                "application/json, text/plain", "application/octet-stream", "text/json", "application/json; q=0"));
    }

    /** Headers a client may send by mistake or on purpose, one "Name: value" a line. */
    private static final String ODD_HEADER_LINES = """
            Accept: text/html
            Accept: application/xml
            Accept: image/png
            Accept: application/json;q=0
            Accept:
            Accept: text/csv
            Accept: garbage
            Accept-Charset: utf-16
            Accept-Encoding: gzip, br, x-unknown
            X-Request-Id:
            X-Request-Id: \s
            X-Request-Id: a b
            X-Request-Id: <script>
            X-Request-Id: ../
            Content-Encoding: gzip
            Content-Encoding: deflate
            Content-Encoding: br
            Content-Encoding: bogus
            Range: bytes=0-1
            If-Match: "x"
            User-Agent:
            Referer: javascript:alert(1)
            X-Forwarded-For: 1.1.1.1, <script>
            X-Forwarded-Host: evil.example.com
            X-Forwarded-Proto: gopher
            Forwarded: for="_gazonk";host=evil.example.com
            X-Original-URL: /api/checklists-admin/
            X-Rewrite-URL: /api/checklists-admin/
            X-HTTP-Method-Override: PUT
            X-HTTP-Method-Override: PATCH
            X-HTTP-Method: GET
            Max-Forwards: 0
            Via: 1.1 \u00ff\u00fe
            X-Latin1: caf\u00e9
            X-Utf8-Bytes: caf\u00c3\u00a9
            X-A_b.c~d!: odd name
            Origin: https://evil.example.com
            Origin: null
            Origin: http://localhost:5173
            Content-Type: text/plain
            Prefer: return=minimal
            Cache-Control: no-transform
            """;

    /** One to three odd headers, some of them big. */
    Gen<List<String[]>> oddHeaders() {
        List<String[]> headers = new ArrayList<>(ODD_HEADER_LINES.lines().map(line -> {
            int colon = line.indexOf(':');
            return new String[]{line.substring(0, colon), line.substring(colon + 1).replaceFirst("^ ", "")};
        }).toList());
        headers.addAll(List.of(new String[]{"Accept-Language", "x".repeat(1_000)},
                new String[]{"X-Request-Id", "a".repeat(200)}, new String[]{"Cookie", "session=" + "c".repeat(4_000)},
                new String[]{"User-Agent", "u".repeat(4_000)}, new String[]{"X-Big", "b".repeat(8_000)}));
        return Gen.listOf(Gen.between(1, 3), Gen.of(headers));
    }

    /** Methods besides the operation's own: other verbs, unknown tokens, lower case. */
    Gen<String> method() {
        return Gen.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND", "FOO", "get",
                "Delete", "M-SEARCH", "X".repeat(100));
    }

    static String hyphenated(String hex) {
        return hex.length() != 32
                ? hex
                : hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                        + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] bom(String text) {
        byte[] body = Json.utf8(text);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    private static byte[] utf16(String text, boolean withBom) {
        return text.getBytes(withBom ? StandardCharsets.UTF_16 : StandardCharsets.UTF_16LE);
    }
}
