package org.wardops.shared.web;

import com.ibm.icu.text.MessageFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The message bundles, with plural forms: a message that contains an ICU {@code plural} or {@code select} argument
 * ("{0, plural, one {# Einheit} other {# Einheiten}}") is formatted by ICU's MessageFormat with the language's CLDR
 * plural rules; every other message by the JDK's, as before (both read {@code {0}} and {@code ''} alike).
 */
class PluralMessageSource extends ResourceBundleMessageSource {

    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    @Override
    protected @Nullable String getMessageInternal(@Nullable String code, @Nullable Object @Nullable [] args, @Nullable Locale locale) {
        if (code != null && args != null && args.length > 0) {
            Locale language = locale == null ? Locale.forLanguageTag("vi") : locale;
            String pattern = resolveCodeWithoutArguments(code, language);
            if (pattern != null && isPlural(pattern)) {
                MessageFormat format = formats.computeIfAbsent(language.toLanguageTag() + '\u0000' + pattern,
                        key -> new MessageFormat(pattern, language));
                return format.format(resolveArguments(args, language));
            }
        }
        return super.getMessageInternal(code, args, locale);
    }

    static boolean isPlural(String pattern) {
        return pattern.contains(", plural,") || pattern.contains(",plural,") || pattern.contains(", select,");
    }
}
