package org.wardops.dashboard;

import org.junit.jupiter.api.Test;
import org.wardops.dashboard.internal.TodoPolicy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page's texts ({@code dashboard.home.*}, {@code dashboard.todo.*}, which the shared translation test does
 * not match): every key built from a kind or a section and every key named in code or templates exists in the three
 * languages, and the plural forms read right for one and for many.
 */
class TodoTranslationTests {

    private static final Pattern KEY = Pattern.compile("\"(dashboard\\.(?:home|todo)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    private static final List<String> LANGUAGES = List.of("", "_en", "_de");

    @Test
    void everyKindAndSectionHasItsTextsInEveryLanguage() throws IOException {
        for (String language : LANGUAGES) {
            Properties texts = bundle(language);
            for (TodoKind kind : TodoKind.values()) {
                assertThat(texts).as(language + " " + kind).containsKey("dashboard.todo.kind." + kind.name());
                if (!kind.standing()) {
                    assertThat(texts).as(language + " count of " + kind).containsKey("dashboard.todo.count." + kind.name());
                }
            }
            for (TodoPolicy.Section section : TodoPolicy.Section.values()) {
                assertThat(texts).as(language + " " + section).containsKey("dashboard.home.fine." + section.name());
            }
        }
    }

    @Test
    void everyKeyNamedInCodeOrTemplatesExists() throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java/org/wardops/dashboard")), Files.walk(Path.of("src/main/jte/dashboard")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    for (String language : LANGUAGES) {
                        if (!bundle(language).containsKey(matcher.group(1))) {
                            missing.add(matcher.group(1) + language);
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void pluralsReadRightForOneAndForMany() throws IOException {
        assertThat(format("_en", "dashboard.todo.count.REPORT_TO_SIGN", Locale.ENGLISH, 1)).isEqualTo("One report to sign");
        assertThat(format("_en", "dashboard.todo.count.REPORT_TO_SIGN", Locale.ENGLISH, 1200)).isEqualTo("1,200 reports to sign");
        assertThat(format("_de", "dashboard.todo.count.TASK_DUE", Locale.GERMAN, 1)).isEqualTo("Eine Aufgabe überfällig oder in 7 Tagen fällig");
        assertThat(format("_de", "dashboard.todo.count.TASK_DUE", Locale.GERMAN, 1200)).isEqualTo("1.200 Aufgaben überfällig oder in 7 Tagen fällig");
        assertThat(format("_en", "dashboard.todo.count.DIFFICULTY_TO_CONFIRM", Locale.ENGLISH, 2))
                .isEqualTo("2 answers wait for the unit's confirmation");
        assertThat(format("", "dashboard.todo.count.REPORT_TO_SIGN", Locale.forLanguageTag("vi"), 3)).isEqualTo("3 báo cáo chờ ký");
    }

    private static String format(String language, String key, Locale locale, long count) throws IOException {
        return new MessageFormat(bundle(language).getProperty(key), locale).format(new Object[] {count});
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TodoTranslationTests.class.getResourceAsStream("/i18n/dashboard" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
