package org.offeringcompliance.e2e.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.offeringcompliance.e2e.fuzz.BodyMutations.Body;
import org.offeringcompliance.e2e.fuzz.Callers.Caller;
import org.offeringcompliance.e2e.fuzz.OpenApiOperations.Operation;
import org.offeringcompliance.e2e.fuzz.OpenApiOperations.Param;

/**
 * The three families of cases, each drawn over every operation of the document: hostile bodies; hostile path parameters,
 * path forms and query strings; odd headers, methods and callers. Path parameters name the fixtures often, so refusals
 * are tested on real rows too; a DELETE gets a throwaway object instead of a fixture.
 */
final class FuzzCases {

    /**
     * One drawn case.
     *
     * @param realValues the path parameters that name real objects (hex), for the refused-write check
     * @param canonical the path is the operation's own, so its list and body contract applies
     */
    record FuzzCase(String family, Operation op, FuzzRequest request, Caller caller, Map<String, String> realValues,
            boolean canonical) {}

    private final List<Operation> operations;
    private final Fixtures fixtures;
    private final ContractBodies bodies;
    private final BodyMutations mutations;
    private final HostileValues hostile;
    private final Callers callers;

    FuzzCases(List<Operation> operations, Fixtures fixtures, HostileValues hostile, Callers callers) {
        this.operations = operations;
        this.fixtures = fixtures;
        this.bodies = new ContractBodies(fixtures);
        this.mutations = new BodyMutations(hostile);
        this.hostile = hostile;
        this.callers = callers;
    }

    Gen<FuzzCase> hostileBodies() {
        List<Operation> withBody = operations.stream().filter(Operation::takesBody).toList();
        return Gen.of(withBody).flatMap(op -> mutations.hostile(bodies.bodyOf(op)).flatMap(body -> callers.usual()
                .flatMap(caller -> realPath(op, op.method()).map(path -> build("bodies", op, op.method(), path, "",
                        caller, body, List.of())))));
    }

    Gen<FuzzCase> hostilePathsAndQueries() {
        return Gen.of(operations).flatMap(op -> pathWithHostileParams(op).flatMap(path -> pathForm().flatMap(
                form -> query(op).flatMap(query -> callers.usual().map(caller -> build("paths", op, op.method(),
                        form.applyTo(path), query, caller, bodyFor(op, op.method()), List.of()))))));
    }

    Gen<FuzzCase> oddHeadersMethodsAndCallers() {
        Gen<String> anyMethod = hostile.method();
        return Gen.of(operations).flatMap(op -> Gen.<String>frequency().add(6, Gen.constant(op.method())).add(4, anyMethod)
                .flatMap(method -> realPath(op, method).flatMap(path -> callers.any().flatMap(caller -> Gen
                        .<List<String[]>>frequency().add(8, hostile.oddHeaders()).add(1, preflight())
                        .map(headers -> build("headers", op, method, path, "", caller, bodyFor(op, method),
                                headers))))));
    }

    /**
     * A path in an encoded form, with the parameters that name real objects and how it was made.
     *
     * @param canonical the operation's own path with real objects in hex: its contract for lists applies
     */
    private record Path(String encoded, Map<String, String> realValues, String note, boolean canonical) {}

    /** Every parameter names its fixture (or a throwaway, for DELETE), in the usual hex form. */
    private Gen<Path> realPath(Operation op, String method) {
        return random -> {
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, String> real = new LinkedHashMap<>();
            for (Param param : op.pathParams()) {
                Optional<String> uuid = realFor(op, param, method);
                values.put(param.name(), uuid.orElseGet(() -> randomUuid(random)));
                uuid.ifPresent(u -> real.put(param.name(), u));
            }
            return new Path(op.path(values), real, "", true);
        };
    }

    /** Each parameter a real object in some form, or a hostile segment. */
    private Gen<Path> pathWithHostileParams(Operation op) {
        boolean deleting = op.method().equals("DELETE");
        return random -> {
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, String> real = new LinkedHashMap<>();
            StringBuilder note = new StringBuilder();
            boolean canonical = true;
            for (Param param : op.pathParams()) {
                Optional<String> uuid = random.nextInt(2) == 0 ? realFor(op, param, op.method()) : Optional.empty();
                String value;
                if (uuid.isPresent()) {
                    int form = random.nextInt(10);
                    value = form < 6 ? uuid.get() : form < 8 ? HostileValues.hyphenated(uuid.get()) : uuid.get().toUpperCase();
                    real.put(param.name(), uuid.get());
                    canonical &= form < 6;
                } else if (deleting && random.nextInt(4) == 0) {
                    value = randomUuid(random);
                    canonical = false;
                } else if (!deleting && random.nextInt(4) == 0) {
                    value = fixtures.allUuids().get(random.nextInt(fixtures.allUuids().size())); // real, of another kind
                    canonical = false;
                } else {
                    // a DELETE never names a fixture, not even in an odd spelling: the rest of the run needs them
                    value = hostile.pathSegment(!deleting).next(random);
                    canonical = false;
                }
                values.put(param.name(), value);
                note.append(param.name()).append(" := ").append(value).append("; ");
            }
            return new Path(op.path(values), real, note.toString(), canonical);
        };
    }

    private Optional<String> realFor(Operation op, Param param, String method) {
        String template = op.template();
        int at = template.indexOf("{" + param.name() + "}");
        String before = template.substring(0, at - 1);
        String segment = before.substring(before.lastIndexOf('/') + 1);
        if (!method.equalsIgnoreCase("DELETE")) {
            return fixtures.real(segment);
        }
        // a DELETE gets a throwaway where one is documented, else an unknown uuid: never a fixture the run needs
        boolean documented = operations.stream().anyMatch(o -> o.method().equals("DELETE") && o.template().equals(template));
        return documented ? fixtures.throwaway(segment) : Optional.empty();
    }

    /** The path as the operation has it, mostly; sometimes another spelling of it, which the gateway must treat alike. */
    private Gen<PathForm> pathForm() {
        return Gen.<PathForm>frequency().add(15, Gen.constant(new PathForm("", p -> p)))
                .add(5, Gen.of(new PathForm("no trailing slash", p -> p.substring(0, p.length() - 1)),
                        new PathForm("two trailing slashes", p -> p + "/"), new PathForm("leading //", p -> "/" + p),
                        new PathForm("/./ inside", p -> p.replaceFirst("/api/", "/api/./")),
                        new PathForm("../ at the end", p -> p + "../"), new PathForm("%2e%2e/ at the end", p -> p + "%2e%2e/"),
                        new PathForm("upper case", String::toUpperCase),
                        new PathForm("matrix parameter", p -> p.substring(0, p.length() - 1) + ";a=b/"),
                        new PathForm("extra segment", p -> p + "extra/"),
                        new PathForm("encoded slash", p -> p.replaceFirst("/api/", "/api%2f")),
                        new PathForm("encoded hyphen", p -> p.replace("-", "%2D")),
                        new PathForm("empty query", p -> p + "?")));
    }

    private record PathForm(String name, UnaryOperator<String> transform) {

        Path applyTo(Path path) {
            return name.isEmpty()
                    ? path
                    : new Path(transform.apply(path.encoded()), path.realValues(), path.note() + "path form: " + name,
                            false);
        }
    }

    /** Query strings: known parameters with hostile values, given twice, unknown ones, or odd syntax. */
    private Gen<String> query(Operation op) {
        List<String> names = op.queryParams().stream().map(Param::name).toList();
        Gen<String> known = names.isEmpty()
                ? Gen.constant("page")
                : Gen.of(names);
        Gen<String> pair = Gen.<String>frequency()
                .add(5, known.flatMap(name -> hostile.queryValue(name).map(v -> name + "=" + v)))
                .add(1, known.flatMap(name -> hostile.queryValue(name).map(v -> name + "=" + v + "&" + name + "=1")))
                .add(1, hostile.queryValue("unknown").map(v -> "unknown_param=" + v))
                .add(1, Gen.of("&&", "=", "a", "a=b=c", "%26=%3D", "page", "page=", "&page=1&", "page[]=1", "page.x=1",
                        "a=1&".repeat(1_000) + "a=1", "o=" + "a".repeat(9_000)));
        return Gen.<String>frequency().add(1, Gen.constant(""))
                .add(3, Gen.listOf(Gen.between(1, 3), pair).map(pairs -> String.join("&", pairs)));
    }

    private Gen<List<String[]>> preflight() {
        return Gen.of("http://localhost:5173", "https://evil.example.com", "null").flatMap(origin -> Gen
                .of("POST", "DELETE", "FOO").map(requested -> List.of(new String[]{"Origin", origin},
                        new String[]{"Access-Control-Request-Method", requested},
                        new String[]{"Access-Control-Request-Headers", "authorization,content-type,x-evil"})));
    }

    /** A valid body when the method takes one, else none. */
    private Body bodyFor(Operation op, String method) {
        boolean takesBody = op.takesBody() || FuzzRequest.WRITES.contains(method.toUpperCase()) && !method.equalsIgnoreCase(
                "DELETE");
        return takesBody ? mutations.valid(bodies.bodyOf(op)) : new Body(new byte[0], null, false, "");
    }

    private FuzzCase build(String family, Operation op, String method, Path path, String query, Caller caller, Body body,
            List<String[]> extraHeaders) {
        String pathAndQuery = path.encoded() + (query.isEmpty() ? "" : (path.encoded().contains("?") ? "&" : "?") + query);
        boolean preflight = extraHeaders.stream().anyMatch(h -> h[0].equals("Access-Control-Request-Method"));
        String finalMethod = preflight ? "OPTIONS" : method;
        List<Map.Entry<String, String>> headers = new ArrayList<>(caller.headers());
        if (body.contentType() != null && body.bytes().length > 0) {
            headers.add(Map.entry("Content-Type", body.contentType()));
        }
        extraHeaders.forEach(h -> headers.add(Map.entry(h[0], h[1])));
        List<String> notes = new ArrayList<>(List.of(family, caller.note()));
        if (!finalMethod.equals(op.method())) {
            notes.add("method " + finalMethod + " instead of " + op.method());
        }
        for (String note : List.of(path.note(), body.note(), query.isEmpty() ? "" : "query " + query,
                extraHeaders.isEmpty() ? "" : "extra headers")) {
            if (!note.isBlank()) {
                notes.add(note);
            }
        }
        FuzzRequest request = new FuzzRequest(finalMethod, pathAndQuery, headers,
                finalMethod.equals("HEAD") || finalMethod.equals("OPTIONS") ? new byte[0] : body.bytes(), body.chunked(),
                String.join("; ", notes));
        return new FuzzCase(family, op, request, caller, path.realValues(),
                path.canonical() && finalMethod.equals(op.method()));
    }

    private static String randomUuid(java.util.SplittableRandom random) {
        return new UUID(random.nextLong(), random.nextLong()).toString().replace("-", "");
    }
}
