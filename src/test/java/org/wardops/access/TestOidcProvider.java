package org.wardops.access;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A real OpenID Connect provider for the tests: Spring Authorization Server in a small application of its own, in
 * this JVM, on a random port, started the first time its issuer is asked for. It knows one client (WardOps, which
 * must use PKCE) and five people: with a WardOps account ({@code xomchieu.officer}, {@code vinhhoi.officer}), with a
 * role that makes the second factor mandatory ({@code auditor}), and without an account ({@code stranger.person},
 * {@code nguyen.moi}). Its ID tokens carry {@code preferred_username} like Keycloak's, {@link #GROUPS} as
 * {@code groups} and {@link #AMR} as {@code amr}.
 */
final class TestOidcProvider {

    static final String CLIENT_ID = "wardops";
    static final String CLIENT_SECRET = "wardops-test-client-secret";
    static final String PASSWORD = "provider-password";
    static final String REGISTRATION_ID = "city";
    static final String CLIENT_NAME = "City ID";

    /** The provider's groups of its people (claim {@code groups}, like Keycloak's group mapper). */
    static final Map<String, List<String>> GROUPS = Map.of(
            "vinhhoi.officer", List.of("/city/ward-leaders", "everyone"),
            "nguyen.moi", List.of("/city/ward-officers"),
            "stranger.person", List.of("everyone"));
    /** How the provider checked each person ({@code amr}, RFC 8176): the new officer passed its one-time code. */
    static final Map<String, List<String>> AMR = Map.of(
            "nguyen.moi", List.of("pwd", "otp"),
            "vinhhoi.officer", List.of("pwd"));

    private static ConfigurableApplicationContext provider;

    private TestOidcProvider() {
    }

    /** Registers this provider as WardOps' client registration {@link #REGISTRATION_ID}, on the test's database. */
    static void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", org.wardops.support.TestDatabases::url);
        registry.add("spring.datasource.username", org.wardops.support.TestDatabases::username);
        String client = "spring.security.oauth2.client.registration." + REGISTRATION_ID + ".";
        registry.add(client + "client-id", () -> CLIENT_ID);
        registry.add(client + "client-secret", () -> CLIENT_SECRET);
        registry.add(client + "client-name", () -> CLIENT_NAME);
        registry.add(client + "scope", () -> "openid");
        registry.add("spring.security.oauth2.client.provider." + REGISTRATION_ID + ".issuer-uri", TestOidcProvider::issuer);
    }

    static synchronized String issuer() {
        if (provider == null) {
            SpringApplication application = new SpringApplication(Provider.class);
            application.setWebApplicationType(WebApplicationType.SERVLET);
            application.setBannerMode(Banner.Mode.OFF);
            application.setRegisterShutdownHook(true);
            // The provider must not re-initialise the JVM's logging, nor read WardOps' application.yml.
            Set<ApplicationListener<?>> listeners = new LinkedHashSet<>(application.getListeners());
            listeners.removeIf(LoggingApplicationListener.class::isInstance);
            application.setListeners(listeners);
            Map<String, Object> properties = new HashMap<>();
            String client = "spring.security.oauth2.authorizationserver.client.wardops.";
            properties.put("spring.config.name", "wardops-test-oidc-provider");
            properties.put("server.port", "0");
            properties.put(client + "registration.client-id", CLIENT_ID);
            properties.put(client + "registration.client-secret", "{noop}" + CLIENT_SECRET);
            properties.put(client + "registration.client-authentication-methods", "client_secret_basic");
            properties.put(client + "registration.authorization-grant-types", "authorization_code");
            // A loopback redirect address may use any port (RFC 8252): WardOps' port is not known yet.
            properties.put(client + "registration.redirect-uris", "http://127.0.0.1:8080/login/oauth2/code/" + REGISTRATION_ID);
            properties.put(client + "registration.scopes", "openid");
            properties.put(client + "require-proof-key", "true");
            properties.put(client + "require-authorization-consent", "false");
            application.setDefaultProperties(properties);
            provider = application.run();
        }
        int port = ((WebServerApplicationContext) provider).getWebServer().getPort();
        return "http://localhost:" + port;
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
            OAuth2AuthorizationServerAutoConfiguration.class, OAuth2AuthorizationServerJwtAutoConfiguration.class})
    static class Provider {

        @Bean
        UserDetailsService people() {
            return new InMemoryUserDetailsManager(
                    User.withUsername("xomchieu.officer").password("{noop}" + PASSWORD).roles("USER").build(),
                    User.withUsername("auditor").password("{noop}" + PASSWORD).roles("USER").build(),
                    User.withUsername("stranger.person").password("{noop}" + PASSWORD).roles("USER").build(),
                    User.withUsername("vinhhoi.officer").password("{noop}" + PASSWORD).roles("USER").build(),
                    User.withUsername("nguyen.moi").password("{noop}" + PASSWORD).roles("USER").build());
        }

        /** The ID token names the person as Keycloak does; the subject stays the provider's own identifier. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> preferredUsername() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    context.getClaims().claim("preferred_username", context.getPrincipal().getName());
                    context.getClaims().subject("sub-" + Integer.toHexString(context.getPrincipal().getName().hashCode()));
                    List<String> groups = GROUPS.get(context.getPrincipal().getName());
                    if (groups != null) {
                        context.getClaims().claim("groups", groups);
                    }
                    List<String> amr = AMR.get(context.getPrincipal().getName());
                    if (amr != null) {
                        context.getClaims().claim("amr", amr);
                    }
                }
            };
        }
    }
}
