package cn.baiyun.hte.platform.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.baiyun.hte.platform.fuzz.ContractOperations.Operation;
import cn.baiyun.hte.platform.fuzz.ContractOperations.Parameter;
import tools.jackson.databind.JsonNode;

/**
 * The malformed requests for one operation of the contract: broken bodies, path and query values, headers.
 * Every request is wrong in a way that must be refused before anything is stored: a body that cannot be a
 * valid one, or a path that names nothing valid. Header-only oddities (Accept, If-Match, a huge header) ride
 * on one of those, or on a read.
 */
final class Malformations {

    static final String UNKNOWN_ID = "0123456789abcdef01234567";
    private static final String HUGE_STRING = "长".repeat(100_000);
    private static final List<String> BAD_PATH_VALUES = List.of("x", "-1", "2147483648", "%00", "%1B%5B31m",
            "..%2F..%2Fetc%2Fpasswd", "a".repeat(300), "%FF%FE", "1e3", "%0D%0AX-Injected:%201", "%7B%24gt%3A%27%27%7D",
            "0123456789abcdef0123456", "%EF%BF%BF");
    private static final List<String> BAD_STRINGS = List.of("%00", "%1B", "%EF%BF%BF", "%0D%0AX-Injected:%201",
            "x".repeat(5000), "%FF", "%7B%22%24ne%22%3A1%7D", "%E4%B8%AD%00", "'%22%3E%3Cscript%3E");
    private static final List<String> BAD_NUMBERS = List.of("abc", "-1", "99999999999999999999", "1.5", "", "1e400",
            "NaN", "0x10");

    /** One request short of its caller: path with the caller's valid ids still to fill in ({enterpriseId}). */
    record Malformed(String what, String method, String pathTemplate, Map<String, String> headers, byte[] body) {
    }

    private final Operation operation;
    private final List<Malformed> requests = new ArrayList<>();

    private Malformations(Operation operation) {
        this.operation = operation;
    }

    static List<Malformed> of(Operation operation) {
        Malformations malformations = new Malformations(operation);
        malformations.badPathValues();
        malformations.badQueryValues();
        if (operation.bodyType() != null && operation.bodyType().startsWith("multipart/")) {
            malformations.badMultipartBodies();
        } else if (operation.bodyType() != null) {
            malformations.badJsonBodies();
        }
        malformations.badHeaders();
        return malformations.requests;
    }

    private void badPathValues() {
        for (Parameter parameter : operation.in("path")) {
            for (String value : BAD_PATH_VALUES) {
                add("path " + parameter.name() + "=" + shorten(value), path(parameter.name(), value), Map.of(),
                        anyBody());
            }
        }
    }

    private void badQueryValues() {
        for (Parameter parameter : operation.in("query")) {
            List<String> values = new ArrayList<>(isNumber(parameter.schema()) ? BAD_NUMBERS : BAD_STRINGS);
            if (parameter.schema().has("enum") || parameter.schema().path("items").has("enum")) {
                values.addAll(List.of("NOT_A_VALUE", "1", "%00"));
            }
            if (parameter.name().toLowerCase().contains("cursor")) {
                values.addAll(List.of("!!!", "eyJ4Ijp9", "AAAAAAAAAAAAAAAAAAAAAAAA", "bnVsbA", "W10", UNKNOWN_ID));
            }
            for (String value : values) {
                String target = unsafeTarget() + "?" + parameter.name() + "=" + value;
                add("query " + parameter.name() + "=" + shorten(value), target, Map.of(), anyBody());
            }
            add("query " + parameter.name() + " repeated", unsafeTarget() + "?" + parameter.name() + "=1&"
                    + parameter.name() + "=2", Map.of(), anyBody());
        }
    }

    private void badJsonBodies() {
        String path = operation.path();
        for (String raw : List.of("null", "[]", "\"s\"", "1", "1e400", "123456789012345678901234567890", "{", "",
                "{\"a\":1,}", "\uFEFF{}", "{\"a\":1 /* c */}", "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":".repeat(2000) + "1" + "}".repeat(2000), "{\"\u0000\":1}")) {
            add("body " + shorten(raw), path, json(), raw);
        }
        if (!operation.required().isEmpty()) {
            add("body {} (required missing)", path, json(), "{}");
            add("body with only an unknown field", path, json(), "{\"zzUnknown\":{\"$where\":\"1\"}}");
        }
        for (Map.Entry<String, JsonNode> property : operation.bodyProperties().entrySet()) {
            for (String value : wrongValues(property.getValue())) {
                add("body " + property.getKey() + "=" + shorten(value), path, json(),
                        "{\"" + property.getKey() + "\":" + value + ",\"zzUnknown\":1}");
            }
        }
        String first = operation.bodyProperties().keySet().stream().findFirst().orElse("a");
        add("body over 256 KiB", path, json(), "{\"" + first + "\":\"" + "x".repeat(300 * 1024) + "\"}");
        add("body as text/plain", path, Map.of("Content-Type", "text/plain"), "null");
        add("body as XML", path, Map.of("Content-Type", "application/xml"), "<a/>");
        add("body with no Content-Type", path, Map.of(), "null");
        add("body with a garbage Content-Type", path, Map.of("Content-Type", "application/json;;; charset=\"x"), "null");
        add("body in an unknown charset", path, Map.of("Content-Type", "application/json; charset=klingon"), "null");
        add("body as a form", path, Map.of("Content-Type", "application/x-www-form-urlencoded"), "a=1");
    }

    private void badMultipartBodies() {
        String path = operation.path();
        String type = "multipart/form-data; boundary=fuzz";
        add("multipart without a boundary", path, Map.of("Content-Type", "multipart/form-data"), part("kind", "OTHER") + "--fuzz--\r\n");
        add("multipart with another boundary", path, Map.of("Content-Type", type), "--other\r\n\r\nx\r\n--other--\r\n");
        add("multipart without its end", path, Map.of("Content-Type", type), part("kind", "OTHER")
                + "--fuzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4");
        add("multipart empty", path, Map.of("Content-Type", type), "");
        add("multipart without a file", path, Map.of("Content-Type", type), part("kind", "OTHER") + "--fuzz--\r\n");
        add("multipart with an unknown kind", path, Map.of("Content-Type", type), part("kind", "NOT_A_KIND")
                + part("fiscalYear", "abc") + filePart("a.pdf", "%PDF-1.4\n%%EOF\n") + "--fuzz--\r\n");
        add("multipart with a NUL in a field", path, Map.of("Content-Type", type), part("kind", "OTHER\u0000")
                + part("fiscalYear", "-1") + filePart("a.exe", "MZ\u0090\u0000") + "--fuzz--\r\n");
        add("multipart with a file named ../", path, Map.of("Content-Type", type), part("kind", "NOT_A_KIND")
                + filePart("../../a.pdf", "%PDF-1.4\n%%EOF\n") + "--fuzz--\r\n");
        add("multipart whose part headers never end", path, Map.of("Content-Type", type),
                "--fuzz\r\nContent-Disposition: form-data; name=\"kind\"\r\nX: " + "y".repeat(20_000));
        add("multipart as JSON", path, json(), "{\"kind\":\"OTHER\"}");
    }

    private void badHeaders() {
        String target = unsafeTarget();
        String body = anyBody();
        add("Accept: application/xml", target, Map.of("Accept", "application/xml"), body);
        add("Accept garbage", target, Map.of("Accept", "garbage/;q=x, */*;q=abc"), body);
        add("If-Match unterminated", target, Map.of("If-Match", "\"unterminated"), body);
        add("If-Match weak garbage", target, Map.of("If-Match", "W/, *, \"\""), body);
        add("If-None-Match garbage", target, Map.of("If-None-Match", "W/\"\u00ff"), body);
        add("Accept-Language garbage", target, Map.of("Accept-Language", "zz-ZZ-x-;q=9, *;q=-1"), body);
        add("huge header", target, Map.of("X-Fuzz", "h".repeat(20_000)), body);
        add("huge URI", target + (target.contains("?") ? "&" : "?") + "q=" + "u".repeat(12_000), Map.of(), body);
        add("many headers", target, manyHeaders(), body);
    }

    /** Values of the wrong type or out of any plausible range for a property of this schema, as JSON text. */
    private static List<String> wrongValues(JsonNode schema) {
        String type = schema.path("type").asString("object");
        List<String> values = new ArrayList<>(List.of("null", "[]", "{}", "true"));
        switch (type) {
            case "string" -> {
                values.addAll(List.of("123", "\"\\u0000\"", "\"\\u001b[31m\"", "\"\\uffff\"", "\"" + HUGE_STRING + "\"",
                        "\"\\r\\nX: y\"", "\"   \""));
                if (schema.has("enum")) {
                    values.addAll(List.of("\"NOT_A_VALUE\"", "0", "\"" + schema.path("enum").path(0).asString().toLowerCase() + "\""));
                }
                if ("date".equals(schema.path("format").asString(""))) {
                    values.addAll(List.of("-1", "\"0000-01-01\"", "\"2024-13-45\"", "\"+999999999-12-31\"", "20240101"));
                }
            }
            case "integer", "number" -> values.addAll(List.of("\"abc\"", "1.5", "1e400", "-1e400",
                    "99999999999999999999999", "-9223372036854775809", "\"1\""));
            case "array" -> values.addAll(List.of("\"x\"", "[null]", "[[]]", "[" + "1,".repeat(10_000) + "1]"));
            case "boolean" -> values.addAll(List.of("\"yes\"", "2"));
            default -> values.addAll(List.of("\"x\"", "{\"zz\":[]}"));
        }
        return values;
    }

    private static boolean isNumber(JsonNode schema) {
        String type = schema.path("type").asString("");
        return type.equals("integer") || type.equals("number");
    }

    /**
     * The operation's path, with a path value that names nothing when the operation changes state without a
     * body to break: then header oddities cannot make a valid request.
     */
    private String unsafeTarget() {
        List<Parameter> pathParameters = operation.in("path");
        if (operation.safe() || operation.bodyType() != null || pathParameters.isEmpty()) {
            return operation.path();
        }
        return path(pathParameters.get(pathParameters.size() - 1).name(), "x");
    }

    /** A body of the operation's kind that no valid request has, or none for a read. */
    private String anyBody() {
        if (operation.bodyType() == null) {
            return null;
        }
        return operation.bodyType().startsWith("multipart/") ? "" : "null";
    }

    private String path(String name, String value) {
        return operation.path().replace("{" + name + "}", value);
    }

    private Map<String, String> json() {
        return Map.of("Content-Type", "application/json");
    }

    private static Map<String, String> manyHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < 150; i++) {
            headers.put("X-Many-" + i, "v");
        }
        return headers;
    }

    private static String part(String name, String value) {
        return "--fuzz\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static String filePart(String filename, String content) {
        return "--fuzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/pdf\r\n\r\n" + content + "\r\n";
    }

    private void add(String what, String target, Map<String, String> headers, String body) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (body != null && operation.bodyType() != null && operation.bodyType().startsWith("multipart/")
                && !all.containsKey("Content-Type")) {
            all.put("Content-Type", "multipart/form-data; boundary=fuzz");
        } else if (body != null && !all.containsKey("Content-Type") && !what.contains("no Content-Type")) {
            all.put("Content-Type", "application/json");
        }
        requests.add(new Malformed(what, operation.method(), target, all,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String shorten(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…(" + value.length() + ")" : printable;
    }
}
