package org.wardops.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One message bundle per module under {@code i18n/}: {@code <module>.properties} (Vietnamese, the default),
 * {@code <module>_en.properties} and {@code <module>_de.properties}. Bundles are found, not listed, so a new module
 * only adds its files. Counted nouns use ICU plural forms ({@link PluralMessageSource}).
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    private static final Pattern BASE_NAME = Pattern.compile("^[a-z]+\\.properties$");

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new PluralMessageSource();
        messages.setBasenames(bundleNames().stream().map(name -> "i18n/" + name).toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static TreeSet<String> bundleNames() {
        try {
            TreeSet<String> names = new TreeSet<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                String file = Objects.requireNonNull(resource.getFilename());
                if (BASE_NAME.matcher(file).matches()) {
                    names.add(file.substring(0, file.length() - ".properties".length()));
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
