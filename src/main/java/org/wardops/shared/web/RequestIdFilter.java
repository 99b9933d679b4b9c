package org.wardops.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of a request: taken from {@code X-Request-Id} when the caller (or the reverse proxy) sends a
 * plausible one, otherwise a new one; returned in the same header, put in the logging MDC as {@code requestId} for
 * every log line written while the request runs (the container's error dispatch included), and shown on error pages.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = RequestIdFilter.class.getName();
    // Letters, digits and a few separators, at most 64: nothing that could forge a log line or inject markup.
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** The id of the request this thread serves, if any. */
    public static @Nullable String current() {
        return MDC.get(MDC_KEY);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        doFilterInternal(request, response, chain);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Object known = request.getAttribute(ATTRIBUTE);
        String id;
        if (known instanceof String existing) {
            id = existing;
        } else {
            String sent = request.getHeader(HEADER);
            id = sent != null && ACCEPTED.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
            request.setAttribute(ATTRIBUTE, id);
            response.setHeader(HEADER, id);
        }
        String previous = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        }
    }
}
