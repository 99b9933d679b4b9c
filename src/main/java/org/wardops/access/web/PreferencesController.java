package org.wardops.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.wardops.access.AccountManagement;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.web.PageContext;

import java.util.Locale;

/** The language switch in every page's header: a small form, so it works without JavaScript. */
@Controller
class PreferencesController {

    private final AccountManagement accounts;
    private final LocaleResolver locales;

    PreferencesController(AccountManagement accounts, LocaleResolver locales) {
        this.accounts = accounts;
        this.locales = locales;
    }

    @PostMapping("/preferences/language")
    String chooseLanguage(@RequestParam String language, @RequestParam(required = false) @Nullable String returnTo,
                          HttpServletRequest request, HttpServletResponse response) {
        if (PageContext.LANGUAGES.contains(language)) {
            locales.setLocale(request, response, Locale.forLanguageTag(language));
            if (CurrentActor.find().isPresent()) {
                accounts.chooseLanguage(language);
            }
        }
        return "redirect:" + safeTarget(currentPage(request, returnTo));
    }

    /**
     * The page the person was on. htmx may have changed the address (a search pushed into the history) since the
     * header was rendered, so the browser's Referer, when it is this application, knows better than the form.
     */
    static @Nullable String currentPage(HttpServletRequest request, @Nullable String returnTo) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                java.net.URI uri = java.net.URI.create(referer);
                if (request.getServerName().equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null) {
                    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            } catch (IllegalArgumentException e) {
                return returnTo;
            }
        }
        return returnTo;
    }

    /** Only paths of this application: never another site ("//host", "https:"). */
    static String safeTarget(@Nullable String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
                || returnTo.contains("\r") || returnTo.contains("\n")) {
            return "/";
        }
        return returnTo;
    }
}
