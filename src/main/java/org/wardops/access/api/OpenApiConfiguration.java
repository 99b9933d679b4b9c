package org.wardops.access.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;

/**
 * The OpenAPI document's title, its bearer-token scheme (so that /api/docs can call the API after "Authorize"), this
 * instance as its server, and the problem details every operation may answer with.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BEARER = "bearer";
    private static final String PROBLEM = "Problem";
    /** The failures every operation can meet; 404 only where the path names a record. Rule violations (409, 422) are in descriptions. */
    private static final Map<String, String> FAILURES = Map.of(
            "400", "Bad input; nothing was changed",
            "401", "Not logged in, or the token has expired or been revoked",
            "403", "The caller's role or scope does not allow this");

    @Bean
    OpenAPI wardOpsOpenApi() {
        return new OpenAPI()
                .info(new Info().title("WardOps API").version("v1")
                        .description("Operations and supervision for two-tier local government. Get a token with POST /api/v1/auth/tokens, "
                                + "then send 'Authorization: Bearer <token>'. Errors are RFC 9457 problem details with a stable 'code'."))
                .servers(List.of(new Server().url("/").description("This WardOps instance")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("opaque"))
                        .addSchemas(PROBLEM, new ObjectSchema().description("RFC 9457 problem details")
                                .addProperty("type", new StringSchema())
                                .addProperty("title", new StringSchema())
                                .addProperty("status", new IntegerSchema())
                                .addProperty("detail", new StringSchema().description("in the caller's language"))
                                .addProperty("instance", new StringSchema())
                                .addProperty("code", new StringSchema().description("stable message key, e.g. access.error.login.failed"))))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Every operation documents the problem details it may answer with (springdoc sees only the success response). */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            FAILURES.forEach((status, description) -> addFailure(operation, status, description));
            if (path.contains("{")) {
                addFailure(operation, "404", "No such record, or not visible to the caller");
            }
        }));
    }

    private static void addFailure(Operation operation, String status, String description) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(new Content().addMediaType(
                    "application/problem+json", new MediaType().schema(new Schema<Object>().$ref("#/components/schemas/" + PROBLEM)))));
        }
        operation.setResponses(responses);
    }
}
