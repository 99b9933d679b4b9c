package org.wardops.access.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;
import org.wardops.shared.web.PageContext;

import java.time.Duration;
import java.util.Locale;

/**
 * The page language: the one the account chose, else the one chosen on this browser (a cookie, also before
 * log-in), else Vietnamese. An explicit {@code lang} parameter on the request wins for that request (API clients).
 */
class AccountLocaleResolver implements LocaleResolver {

    static final String COOKIE = "wardops-lang";
    private static final Locale DEFAULT = Locale.forLanguageTag("vi");

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String language = supported(request.getParameter("lang"));
        if (language == null) {
            Object chosen = request.getAttribute(ActorRefreshFilter.LANGUAGE_ATTRIBUTE);
            language = chosen == null ? null : supported(chosen.toString());
        }
        if (language == null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    language = supported(cookie.getValue());
                }
            }
        }
        return language == null ? DEFAULT : Locale.forLanguageTag(language);
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        if (response == null || locale == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        request.setAttribute(ActorRefreshFilter.LANGUAGE_ATTRIBUTE, locale.getLanguage());
    }

    static @Nullable String supported(@Nullable String language) {
        return language != null && PageContext.LANGUAGES.contains(language) ? language : null;
    }
}
