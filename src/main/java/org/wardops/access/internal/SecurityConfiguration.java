package org.wardops.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;

/**
 * Two ways in: the pages use form log-in, sessions and CSRF tokens; the API under {@code /api} is stateless and
 * takes bearer tokens. Single sign-on through an OpenID Connect provider joins the pages when one is configured.
 * Both send a strict Content-Security-Policy. URL rules here are a first fence only: every facade checks role and
 * scope again.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    // Swagger UI sets inline styles; its pages hold no user data.
    private static final String API_DOCS_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    static final String LAST_USERNAME = "wardops.login.username";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LocaleResolver localeResolver() {
        return new AccountLocaleResolver();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiDocumentationSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**", "/api/docs", "/api/docs/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_DOCS_POLICY)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, AccountStore accounts, ActorFactory actors,
                            ProblemWriter problems, Clock clock) throws Exception {
        AuthenticationEntryPoint entryPoint = (request, response, e) ->
                problems.write(request, response, HttpStatus.UNAUTHORIZED, e.getMessage() != null && e.getMessage().startsWith("access.")
                        ? e.getMessage() : "shared.error.access.notAuthenticated");
        AccessDeniedHandler denied = (request, response, e) ->
                problems.write(request, response, HttpStatus.FORBIDDEN, "shared.error.access.missingRole");
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/tokens", "/api/v1/auth/password-reset",
                                "/api/v1/auth/password-reset/complete").permitAll()
                        // Certificate verification is public (training): it shows a name, a course and dates only.
                        .requestMatchers(HttpMethod.GET, "/api/v1/certificates/*").permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .anonymous(anonymous -> { })
                .addFilterAfter(new BearerTokenFilter(accounts, actors, entryPoint, clock), SecurityContextHolderFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageSecurity(HttpSecurity http, AccountStore accounts, ActorFactory actors,
                                     ObjectProvider<ClientRegistrationRepository> registrations, OidcLoginHandler oidc) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/login/second-factor", "/login/second-factor/**", "/login/sso/**", "/password-reset", "/password-reset/**", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error", "/error/**",
                                "/actuator/health", "/actuator/health/**", "/preferences/language").permitAll()
                        .requestMatchers(HttpMethod.GET, "/certificates", "/certificates/*").permitAll()
                        .requestMatchers("/admin/**").hasRole("SYSTEM_ADMIN")
                        .requestMatchers("/audit/**").hasAnyRole("AUDITOR", "SYSTEM_ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(failureHandler()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterAfter(new ActorRefreshFilter(accounts, actors), SecurityContextHolderFilter.class)
                .addFilterBefore(new ExpiredSessionFormFilter(), CsrfFilter.class)
                .exceptionHandling(exceptions -> exceptions.accessDeniedPage("/error/403"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        ClientRegistrationRepository clients = registrations.getIfAvailable();
        if (clients != null) {
            // Single sign-on only when a provider is configured; PKCE also for confidential clients (RFC 9700).
            DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(clients,
                    OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
            resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            http.oauth2Login(login -> login.loginPage("/login")
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
                    .authorizedClientRepository(new OidcLoginHandler.NoAuthorizedClients())
                    .successHandler(oidc).failureHandler(oidc));
        }
        return http.build();
    }

    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            if (exception instanceof FormLoginProvider.SecondFactorDue due) {
                request.getSession().setAttribute(org.wardops.access.SecondFactorManagement.PENDING_LOGIN, due.pending());
                response.sendRedirect(request.getContextPath() + "/login/second-factor");
                return;
            }
            request.getSession().setAttribute(LAST_USERNAME, request.getParameter("username"));
            String target = exception instanceof FormLoginProvider.ThrottledException throttled
                    ? "/login?locked=" + throttled.getMessage() : "/login?error";
            response.sendRedirect(request.getContextPath() + target);
        };
    }

    /** Writes problem details from inside the security filters, where no controller advice reaches. */
    @org.springframework.stereotype.Component
    static class ProblemWriter {

        private final MessageSource messages;
        private final JsonMapper json;
        private final AccountLocaleResolver locales = new AccountLocaleResolver();

        ProblemWriter(MessageSource messages, JsonMapper json) {
            this.messages = messages;
            this.json = json;
        }

        void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code) throws IOException {
            Locale locale = locales.resolveLocale(request);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(code, null, locale));
            problem.setTitle(messages.getMessage("shared.error.title." + status.value(), null, locale));
            problem.setProperty("code", code);
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getWriter(), problem);
        }
    }
}
