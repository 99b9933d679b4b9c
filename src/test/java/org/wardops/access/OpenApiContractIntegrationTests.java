package org.wardops.access;

import org.junit.jupiter.api.Test;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wardops.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API as a contract: every operation of {@code /v3/api-docs} has a stable operation id, a summary and schemas for
 * what it takes and answers, and nothing a client relies on has gone since the committed previous document
 * ({@code docs/openapi/previous.json}). The document is written to {@code target/openapi/openapi.json} for the linter
 * ({@code .ci/openapi-lint.sh}).
 */
class OpenApiContractIntegrationTests extends IntegrationTest {

    static final Path PREVIOUS = Path.of("docs/openapi/previous.json");
    static final Path CURRENT = Path.of("target/openapi/openapi.json");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void theApiIsDocumentedWithItsBearerScheme() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/units']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/accounts/{id}/disable']").exists())
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"));
        mvc.perform(get("/api/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void everyOperationHasAnIdASummaryAndSchemas() throws Exception {
        JsonNode document = current();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = method.getValue();
                String id = operation.path("operationId").asString("");
                // springdoc numbers repeated method names (list_1, list_2): such ids change when a controller is added.
                if (id.isBlank() || id.matches(".*_\\d+$") || !ids.add(id)) {
                    problems.add(name + ": no stable, unique operationId (" + id + ")");
                }
                if (operation.path("summary").asString("").isBlank()) {
                    problems.add(name + ": no summary");
                }
                JsonNode body = operation.path("requestBody").path("content");
                body.properties().forEach(media -> {
                    if (!hasSchema(media.getValue().path("schema"))) {
                        problems.add(name + ": request body " + media.getKey() + " without a schema");
                    }
                });
                boolean success = false;
                for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                    if (!response.getKey().startsWith("2")) {
                        continue;
                    }
                    success = true;
                    JsonNode content = response.getValue().path("content");
                    if (content.isMissingNode() || content.isEmpty()) {
                        // An empty answer must say so: springdoc's default description "OK" says nothing.
                        if (!Set.of("201", "202", "204").contains(response.getKey())
                                && response.getValue().path("description").asString("OK").equals("OK")) {
                            problems.add(name + ": response " + response.getKey() + " without content or a description saying it has none");
                        }
                        continue;
                    }
                    content.properties().forEach(media -> {
                        if (!hasSchema(media.getValue().path("schema"))) {
                            problems.add(name + ": response " + response.getKey() + " " + media.getKey() + " without a schema");
                        }
                    });
                }
                if (!success) {
                    problems.add(name + ": no success response");
                }
            }
        }
        assertThat(problems).as("operations that break the API contract").isEmpty();
    }

    /** springdoc would name an operation after its Java method when no id is given; such ids move when code moves. */
    @Test
    void everyApiMethodNamesItsOperationId() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.wardops")) {
            for (Method method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
                if (AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
                    operations++;
                    Operation operation = method.getAnnotation(Operation.class);
                    if (operation == null || operation.operationId().isBlank()) {
                        missing.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertThat(operations).isGreaterThan(100);
        assertThat(missing).as("API methods without @Operation(operationId = …)").isEmpty();
    }

    @Test
    void nothingAClientReliesOnHasGoneSinceThePreviousDocument() throws Exception {
        List<String> breaking = new OpenApiDifference(json.readTree(Files.readString(PREVIOUS)), current()).breakingChanges();
        assertThat(breaking).as("breaking changes against " + PREVIOUS + " (if intended: a new API version, "
                + "or replace the previous document in the same commit and say so in its release note)").isEmpty();
    }

    private JsonNode current() throws Exception {
        String body = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode document = json.readTree(body);
        Files.createDirectories(CURRENT.getParent());
        Files.writeString(CURRENT, json.writerWithDefaultPrettyPrinter().writeValueAsString(document));
        return document;
    }

    private static boolean hasSchema(JsonNode schema) {
        return !schema.isMissingNode() && !schema.isEmpty();
    }
}
