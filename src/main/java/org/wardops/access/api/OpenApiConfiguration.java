package org.wardops.access.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and its bearer-token scheme, so that /api/docs can call the API after "Authorize". */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BEARER = "bearer";

    @Bean
    OpenAPI wardOpsOpenApi() {
        return new OpenAPI()
                .info(new Info().title("WardOps API").version("v1")
                        .description("Operations and supervision for two-tier local government. Get a token with POST /api/v1/auth/tokens, "
                                + "then send 'Authorization: Bearer <token>'. Errors are RFC 9457 problem details with a stable 'code'."))
                .components(new Components().addSecuritySchemes(BEARER,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("opaque")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
