package org.wardops.access;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiDifferenceTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String PREVIOUS = """
            {"paths": {
               "/api/v1/tasks": {
                 "get": {"parameters": [{"name": "page", "in": "query", "required": false}],
                         "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}},
                 "post": {"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewTask"}}}},
                          "responses": {"201": {"description": "created"}}}},
               "/api/v1/tasks/{id}": {"delete": {"responses": {"204": {"description": "gone"}}}}},
             "components": {"schemas": {
               "Page": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Task"}},
                                                          "total": {"type": "integer"}}},
               "Task": {"type": "object", "properties": {"id": {"type": "string"}, "title": {"type": "string"},
                                                          "parent": {"$ref": "#/components/schemas/Task"}}},
               "NewTask": {"type": "object", "required": ["title"], "properties": {"title": {"type": "string"}, "due": {"type": "string"}}}}}}
            """;

    @Test
    void theSameDocumentHasNoBreakingChange() {
        assertThat(new OpenApiDifference(read(PREVIOUS), read(PREVIOUS)).breakingChanges()).isEmpty();
    }

    @Test
    void addingPathsAndOptionalFieldsIsNotBreaking() {
        String current = PREVIOUS.replace("\"/api/v1/tasks/{id}\":", "\"/api/v1/projects\": {\"get\": {\"responses\": {}}}, \"/api/v1/tasks/{id}\":")
                .replace("\"title\": {\"type\": \"string\"},\n", "\"title\": {\"type\": \"string\"}, \"state\": {\"type\": \"string\"},\n");
        assertThat(new OpenApiDifference(read(PREVIOUS), read(current)).breakingChanges()).isEmpty();
    }

    @Test
    void findsARemovedOperationARemovedNestedResponseFieldAndNewlyRequiredInput() {
        String current = PREVIOUS.replace(", \"title\": {\"type\": \"string\"},\n", ",\n")
                .replace("\"required\": [\"title\"]", "\"required\": [\"title\", \"due\"]")
                .replace("\"required\": false", "\"required\": true")
                .replace(",\n   \"/api/v1/tasks/{id}\": {\"delete\": {\"responses\": {\"204\": {\"description\": \"gone\"}}}}", "");
        assertThat(new OpenApiDifference(read(PREVIOUS), read(current)).breakingChanges()).containsExactlyInAnyOrder(
                "GET /api/v1/tasks response 200: field items[].title removed",
                "GET /api/v1/tasks: parameter query:page newly required",
                "POST /api/v1/tasks request: field due newly required",
                "DELETE /api/v1/tasks/{id}: operation removed");
    }

    private static JsonNode read(String json) {
        return JSON.readTree(json);
    }
}
