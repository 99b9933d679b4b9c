package org.wardops.shared.web;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * What every page needs besides its own view: the language, the acting person, the CSRF token, the navigation
 * and a one-time notice after a redirect. Controllers never build it; {@link PageContextAdvice} does.
 */
public record PageContext(
        Localizer localizer,
        @Nullable Actor actor,
        String path,
        String pathWithQuery,
        @Nullable String csrfParameter,
        @Nullable String csrfToken,
        List<NavItem> navigation,
        boolean demo,
        @Nullable String notice,
        List<HeaderBadge.Badge> badges,
        UnaryOperator<String> assetUrls) {

    public static final List<String> LANGUAGES = List.of("vi", "en", "de");

    /** The content-hashed URL of a stylesheet or script, cacheable for a year. */
    public String asset(String path) {
        return assetUrls.apply(path);
    }

    /** The header links: one per section (leading to its first entry the person may see) or per ungrouped entry. */
    public List<NavItem> primaryNavigation() {
        java.util.Map<String, NavItem> heads = new java.util.LinkedHashMap<>();
        navigation.forEach(item -> heads.putIfAbsent(item.groupKey(), item));
        return List.copyOf(heads.values());
    }

    /** Whether a header link stands for the section of the current page. */
    public boolean isActiveGroup(NavItem head) {
        NavItem current = currentItem();
        return current != null && current.groupKey().equals(head.groupKey());
    }

    /** The tabs of the current page's section, when it has more than one entry. */
    public List<NavItem> sectionNavigation() {
        NavItem current = currentItem();
        if (current == null || current.section() == null) {
            return List.of();
        }
        List<NavItem> tabs = navigation.stream().filter(item -> current.groupKey().equals(item.groupKey())).toList();
        return tabs.size() > 1 ? tabs : List.of();
    }

    /** The entry whose address best matches the current page. */
    public @Nullable NavItem currentItem() {
        return navigation.stream().filter(item -> item.isActive(path))
                .max(java.util.Comparator.comparingInt(item -> item.href().length())).orElse(null);
    }

    public String t(String key, Object... arguments) {
        return localizer.t(key, arguments);
    }

    public String language() {
        Locale locale = localizer.locale();
        return LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "vi";
    }

    public boolean loggedIn() {
        return actor != null;
    }

    public boolean hasRole(Role role) {
        return actor != null && actor.hasRole(role);
    }

    public String roleLabels() {
        if (actor == null) {
            return "";
        }
        return actor.roles().stream().sorted().map(role -> t("access.label.role." + role.name())).reduce((a, b) -> a + ", " + b).orElse("");
    }

    public String htmxHeaders() {
        return csrfToken == null ? "{}" : "{\"X-CSRF-TOKEN\": \"" + csrfToken + "\"}";
    }

    /** Figures, dates and periods in the reader's language. */
    public Formats formats() {
        return new Formats(localizer);
    }

    /** A figure in the reader's language: "28,11" in Vietnamese and German, "28.11" in English; at most two decimals. */
    public String number(@Nullable Number value) {
        return formats().number(value, 2);
    }

    /** A percentage (0–100): "69,4 %" in Vietnamese and German, "69.4 %" in English; "no data" for none. */
    public String percent(@Nullable Number value) {
        return formats().percent(value);
    }

    /** A reporting period in words: "Tháng 10/2025", "Q4 2025", "4. Quartal 2025". */
    public String period(@Nullable String code) {
        return formats().period(code);
    }

    /** 23/12/2026, in German 23.12.2026. */
    public String date(@Nullable LocalDate date) {
        return formats().date(date);
    }

    public String dateTime(@Nullable Instant instant) {
        return formats().dateTime(instant);
    }
}
