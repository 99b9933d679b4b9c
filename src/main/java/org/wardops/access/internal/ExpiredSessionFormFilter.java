package org.wardops.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;
import org.wardops.shared.web.KeptForm;

import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;

/**
 * A report form posted after the session expired would be refused (no session, so no CSRF token) and its input lost.
 * This filter, before the CSRF check, keeps the form's answer fields in a new session ({@link KeptForm}), remembers
 * the form's address for after the log-in, and sends the person to the log-in page; nothing is saved. Only posts from
 * this site's own pages are kept (Origin, else Referer, must be this site), so another site cannot plant input in
 * someone's log-in; the report page shows kept input only to an account that may edit that report.
 */
class ExpiredSessionFormFilter extends OncePerRequestFilter {

    private final RequestCache requestCache = new HttpSessionRequestCache();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !KeptForm.KEPT_PATHS.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
        if (signedIn || !sameOrigin(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<KeptForm> kept = KeptForm.of(path(request), request.getParameterMap());
        if (kept.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        request.getSession(true).setAttribute(KeptForm.ATTRIBUTE, kept.get());
        // The page to come back to is the form itself (GET, no parameters): the request cache would otherwise replay
        // the post's method and fields after the log-in and save the draft unasked.
        requestCache.saveRequest(new ReturnToForm(request), response);
        response.sendRedirect(request.getContextPath() + "/login");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Whether the post came from a page of this site, by its Origin header or else its Referer. */
    private static boolean sameOrigin(HttpServletRequest request) {
        String source = request.getHeader("Origin");
        if (source == null || source.isBlank() || "null".equals(source)) {
            source = request.getHeader("Referer");
        }
        if (source == null || source.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(source.strip());
            int port = uri.getPort() == -1 ? ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80) : uri.getPort();
            return request.getScheme().equalsIgnoreCase(uri.getScheme()) && request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == port;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The form's address as a plain GET without parameters, headers or cookies, for the request cache. */
    private static final class ReturnToForm extends HttpServletRequestWrapper {

        ReturnToForm(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public @Nullable String getQueryString() {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public @Nullable String getParameter(String name) {
            return null;
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return null;
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public Cookie @Nullable [] getCookies() {
            return null;
        }
    }
}
