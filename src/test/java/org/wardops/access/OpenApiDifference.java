package org.wardops.access;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changes between two OpenAPI documents that break a client written against the older one: a path or operation
 * removed or its operation id changed, a field removed from a success response, a request field or parameter that
 * is newly required. Adding things (paths, optional fields, response fields) is never breaking.
 */
final class OpenApiDifference {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final int DEPTH = 8;

    private final JsonNode previous;
    private final JsonNode current;

    OpenApiDifference(JsonNode previous, JsonNode current) {
        this.previous = previous;
        this.current = current;
    }

    List<String> breakingChanges() {
        List<String> breaking = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : previous.path("paths").properties()) {
            JsonNode now = current.path("paths").path(path.getKey());
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = now.path(method.getKey());
                if (operation.isMissingNode()) {
                    breaking.add(name + ": operation removed");
                    continue;
                }
                String id = method.getValue().path("operationId").asString("");
                if (!id.isEmpty() && !id.equals(operation.path("operationId").asString(""))) {
                    // Generated clients name their methods after it.
                    breaking.add(name + ": operationId " + id + " changed to " + operation.path("operationId").asString(""));
                }
                compareResponses(name, method.getValue(), operation, breaking);
                compareRequestBody(name, method.getValue(), operation, breaking);
                compareParameters(name, method.getValue(), operation, breaking);
            }
        }
        return breaking;
    }

    private void compareResponses(String name, JsonNode before, JsonNode after, List<String> breaking) {
        for (Map.Entry<String, JsonNode> response : before.path("responses").properties()) {
            if (!response.getKey().startsWith("2")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> media : response.getValue().path("content").properties()) {
                JsonNode now = after.path("responses").path(response.getKey()).path("content").path(media.getKey()).path("schema");
                if (now.isMissingNode()) {
                    breaking.add(name + ": response " + response.getKey() + " " + media.getKey() + " removed");
                    continue;
                }
                removedFields(name + " response " + response.getKey() + ": field ", "",
                        media.getValue().path("schema"), now, new HashSet<>(), 0, breaking);
            }
        }
    }

    /** Fields the older response schema had that the newer lacks, also inside objects and array items. */
    private void removedFields(String prefix, String at, JsonNode before, JsonNode after, Set<String> seen, int depth,
                               List<String> breaking) {
        JsonNode old = resolve(previous, before, seen);
        JsonNode now = resolve(current, after, new HashSet<>());
        if (old == null || now == null || depth > DEPTH) {
            return;
        }
        if (old.has("items")) {
            removedFields(prefix, at + "[]", old.get("items"), now.path("items"), seen, depth + 1, breaking);
        }
        for (Map.Entry<String, JsonNode> property : old.path("properties").properties()) {
            String field = at.isEmpty() ? property.getKey() : at + "." + property.getKey();
            JsonNode kept = now.path("properties").path(property.getKey());
            if (kept.isMissingNode()) {
                breaking.add(prefix + field + " removed");
            } else {
                removedFields(prefix, field, property.getValue(), kept, seen, depth + 1, breaking);
            }
        }
    }

    private void compareRequestBody(String name, JsonNode before, JsonNode after, List<String> breaking) {
        for (Map.Entry<String, JsonNode> media : after.path("requestBody").path("content").properties()) {
            JsonNode old = before.path("requestBody").path("content").path(media.getKey()).path("schema");
            newlyRequired(name + " request: field ", "", old, media.getValue().path("schema"), 0, breaking);
        }
        if (after.path("requestBody").path("required").asBoolean(false) && before.path("requestBody").isMissingNode()) {
            breaking.add(name + ": request body newly required");
        }
    }

    /** Request fields the newer schema requires that the older did not (or did not have). */
    private void newlyRequired(String prefix, String at, JsonNode before, JsonNode after, int depth, List<String> breaking) {
        JsonNode now = resolve(current, after, new HashSet<>());
        if (now == null || depth > DEPTH) {
            return;
        }
        JsonNode old = before.isMissingNode() ? null : resolve(previous, before, new HashSet<>());
        Set<String> wasRequired = new HashSet<>();
        if (old != null) {
            old.path("required").forEach(field -> wasRequired.add(field.asString()));
        }
        for (JsonNode required : now.path("required")) {
            if (!wasRequired.contains(required.asString())) {
                breaking.add(prefix + (at.isEmpty() ? "" : at + ".") + required.asString() + " newly required");
            }
        }
        for (Map.Entry<String, JsonNode> property : now.path("properties").properties()) {
            JsonNode oldProperty = old == null ? null : old.path("properties").path(property.getKey());
            // A new optional object may require its own fields: only a client that sends it must send them.
            if (oldProperty != null && !oldProperty.isMissingNode()) {
                newlyRequired(prefix, at.isEmpty() ? property.getKey() : at + "." + property.getKey(), oldProperty,
                        property.getValue(), depth + 1, breaking);
            }
        }
    }

    private void compareParameters(String name, JsonNode before, JsonNode after, List<String> breaking) {
        Set<String> wasRequired = new HashSet<>();
        for (JsonNode parameter : before.path("parameters")) {
            if (parameter.path("required").asBoolean(false)) {
                wasRequired.add(parameter.path("in").asString() + ":" + parameter.path("name").asString());
            }
        }
        for (JsonNode parameter : after.path("parameters")) {
            String key = parameter.path("in").asString() + ":" + parameter.path("name").asString();
            if (parameter.path("required").asBoolean(false) && !wasRequired.contains(key)) {
                breaking.add(name + ": parameter " + key + " newly required");
            }
        }
    }

    /** Follows {@code $ref}s into the document's components; null for a reference already followed (recursion). */
    private static JsonNode resolve(JsonNode document, JsonNode schema, Set<String> seen) {
        JsonNode node = schema;
        while (node != null && node.has("$ref")) {
            String ref = node.get("$ref").asString();
            if (!seen.add(ref) || !ref.startsWith("#/")) {
                return null;
            }
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            node = target.isMissingNode() ? null : target;
        }
        return node == null || node.isMissingNode() ? null : node;
    }
}
