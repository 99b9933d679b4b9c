package org.wardops.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Rate limits before any authentication work: every API request counts against its client address, a request with
 * a bearer token also against that token, and every log-in attempt (form, token endpoint, second factor, password
 * reset) against the address's log-in bucket. Over the limit the answer is 429 with {@code Retry-After} in seconds.
 * The client address is {@code request.getRemoteAddr()}, which the servlet container takes from
 * {@code X-Forwarded-For} only when the connection comes from a configured proxy
 * ({@code server.tomcat.remoteip.internal-proxies}).
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
    private static final Set<String> LOGIN_PATHS = Set.of("/login", "/login/second-factor", "/api/v1/auth/tokens",
            "/password-reset", "/password-reset/new", "/api/v1/auth/password-reset", "/api/v1/auth/password-reset/complete");

    private final RateLimiter limiter;
    private final SecurityConfiguration.ProblemWriter problems;

    RateLimitFilter(RateLimiter limiter, SecurityConfiguration.ProblemWriter problems) {
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String address = request.getRemoteAddr();
        RateLimiter.Settings settings = limiter.settings();
        Optional<Duration> wait = Optional.empty();
        String bucket = null;
        if ("POST".equals(request.getMethod()) && LOGIN_PATHS.contains(path)) {
            bucket = "login";
            wait = limiter.acquire("login:" + address, settings.loginPerAddress());
        }
        if (wait.isEmpty() && path.startsWith("/api/")) {
            bucket = "address";
            wait = limiter.acquire("api:" + address, settings.apiPerAddress());
            String authorization = request.getHeader("Authorization");
            if (wait.isEmpty() && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                bucket = "token";
                wait = limiter.acquire("token:" + TokenStore.hash(authorization.substring(7).strip()), settings.apiPerToken());
            }
        }
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            log.info("Rate limit ({}) reached for {} {}; retry after {} s", bucket, request.getMethod(), path, seconds);
            response.setHeader("Retry-After", Long.toString(seconds));
            if (path.startsWith("/api/")) {
                problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "access.error.rateLimited");
            } else {
                response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
