package org.offeringcompliance.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.restassured.RestAssured;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;

/** Reading list responses in tests: decimals as doubles, items as maps, one line per item for compact assertions. */
public final class Json {

    public static final JsonPathConfig DOUBLES = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE);

    private Json() {}

    public static List<Map<String, Object>> items(Response response) {
        return response.then().statusCode(200).extract().jsonPath(DOUBLES).getList("$");
    }

    /** The chosen fields of each item, joined with "|", e.g. "Alice Adams|completed|100.0". */
    public static List<String> lines(List<Map<String, Object>> items, String... fields) {
        Function<Map<String, Object>, String> line = item -> {
            List<String> values = new ArrayList<>();
            for (String field : fields) {
                values.add(String.valueOf(item.get(field)));
            }
            return String.join("|", values);
        };
        return items.stream().map(line).toList();
    }

    /** Where the service under test listens, as its Link headers name it. */
    public static String base() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    /** The hyphenated form of a hex uuid (the API accepts both). */
    public static String hyphenated(String hex) {
        return hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5");
    }

    /** A map literal that allows null values, in the given order. */
    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
