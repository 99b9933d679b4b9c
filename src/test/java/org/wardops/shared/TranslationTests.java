package org.wardops.shared;

import org.junit.jupiter.api.Test;
import org.wardops.directory.GroupRole;
import org.wardops.directory.UnitType;
import org.wardops.shared.security.Role;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails the build when a text is missing in a language, when code or a template names a key no bundle has, or
 * when a template contains user-facing text that is not a message key.
 */
class TranslationTests {

    private static final List<String> BUNDLES = bundles();
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:" + String.join("|", BUNDLES)
            + ")\\.(?:label|action|message|error)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile("\\s(title|alt|placeholder|aria-label)=\"([^\"]*)\"");

    @Test
    void everyBundleHasTheSameKeysInVietnameseEnglishAndGerman() throws IOException {
        for (String bundle : BUNDLES) {
            Set<String> vietnamese = keys(bundle, "");
            assertThat(vietnamese).as(bundle).isNotEmpty();
            assertThat(keys(bundle, "_en")).as(bundle + " in English").isEqualTo(vietnamese);
            assertThat(keys(bundle, "_de")).as(bundle + " in German").isEqualTo(vietnamese);
        }
    }

    @Test
    void everyKeyNamedInCodeOrTemplatesExists() throws IOException {
        Set<String> known = allKeys();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/jte")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(matcher.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void keysBuiltFromEnumsExist() throws IOException {
        Set<String> known = allKeys();
        for (Role role : Role.values()) {
            assertThat(known).contains("access.label.role." + role.name());
        }
        for (UnitType type : UnitType.values()) {
            assertThat(known).contains("directory.label.unitType." + type.name());
        }
        for (GroupRole role : GroupRole.values()) {
            assertThat(known).contains("directory.label.groupRole." + role.name());
        }
        for (int status : new int[] {400, 401, 403, 404, 405, 409, 413, 422, 429, 500}) {
            assertThat(known).contains("shared.error.title." + status);
        }
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith("Navigation.java")).toList()) {
                Matcher section = Pattern.compile("new NavItem\\([^;]*, \"([a-z]+)\"\\);").matcher(Files.readString(file));
                while (section.find()) {
                    assertThat(known).as(file.getFileName().toString()).contains("shared.label.section." + section.group(1));
                }
            }
        }
        for (String language : org.wardops.shared.web.PageContext.LANGUAGES) {
            assertThat(known).contains("shared.label.language." + language);
        }
    }

    @Test
    void templatesHoldNoLiteralUserText() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".jte")).toList()) {
                String source = Files.readString(file);
                String withoutCode = stripCode(source);
                Matcher attributes = TEXT_ATTRIBUTE.matcher(withoutCode);
                while (attributes.find()) {
                    if (!attributes.group(2).isBlank()) {
                        offenders.add(file.getFileName() + ": attribute " + attributes.group(1) + "=\"" + attributes.group(2) + "\"");
                    }
                }
                String text = withoutCode.replaceAll("(?s)<[^>]*>", " ").replaceAll("&[a-z]+;|&#\\d+;", " ");
                for (String line : text.split("\n")) {
                    if (line.codePoints().anyMatch(Character::isLetter)) {
                        offenders.add(file.getFileName() + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theCheckFindsLiteralText() {
        assertThat(stripCode("<p>${ctx.t(\"a.b\")}</p>").replaceAll("<[^>]*>", "")).doesNotContainPattern("\\p{L}");
        assertThat(stripCode("<p>Xin chào ${name}</p>").replaceAll("<[^>]*>", "")).containsPattern("\\p{L}");
        assertThat(stripCode("@template.layout.page(ctx = ctx, content = @`<h1>Danh mục</h1>`)").replaceAll("<[^>]*>", ""))
                .containsPattern("\\p{L}");
    }

    /** Removes jte directives and expressions, leaving markup and literal text. */
    static String stripCode(String source) {
        String text = source.replaceAll("(?s)<%--.*?--%>", "").replaceAll("(?m)^\\s*@(import|param)\\b.*$", "");
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("${", i) || text.startsWith("$unsafe{", i) || text.startsWith("!{", i)) {
                i = skipBalanced(text, text.indexOf('{', i), '{', '}', out);
            } else if (text.startsWith("@`", i)) {
                i += 2;
            } else if (text.charAt(i) == '`') {
                i += 1;
            } else if (text.charAt(i) == '@') {
                Matcher directive = Pattern.compile("@(if|elseif|for|template\\.[\\w.]+)\\s*\\(").matcher(text).region(i, text.length());
                Matcher keyword = Pattern.compile("@(else|endif|endfor)\\b").matcher(text).region(i, text.length());
                if (directive.lookingAt()) {
                    i = skipBalanced(text, directive.end() - 1, '(', ')', out);
                } else if (keyword.lookingAt()) {
                    i = keyword.end();
                } else {
                    out.append(text.charAt(i++));
                }
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    /**
     * Skips from an opening bracket to just past its match, ignoring brackets inside string literals; content blocks
     * (@`…`) passed as arguments are markup again, so they are stripped and kept for checking.
     */
    private static int skipBalanced(String text, int open, char opening, char closing, StringBuilder out) {
        int depth = 0;
        int i = open;
        boolean inString = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '`') {
                int end = text.indexOf('`', i + 1);
                end = end < 0 ? text.length() : end;
                out.append('\n').append(stripCode(text.substring(i + 1, end))).append('\n');
                i = end;
            } else if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return i;
    }

    /** Every module bundle: the Vietnamese base files under src/main/resources/i18n. */
    private static List<String> bundles() {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.matches("[a-z]+\\.properties"))
                    .map(name -> name.substring(0, name.indexOf('.')))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void findsEveryModuleBundle() {
        assertThat(BUNDLES).contains("shared", "directory", "access", "audit", "dashboard");
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> all = new TreeSet<>();
        for (String bundle : BUNDLES) {
            all.addAll(keys(bundle, ""));
        }
        return all;
    }

    private static Set<String> keys(String bundle, String suffix) throws IOException {
        try (InputStream in = TranslationTests.class.getResourceAsStream("/i18n/" + bundle + suffix + ".properties")) {
            assertThat(in).as(bundle + suffix).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> keys = new TreeSet<>(properties.stringPropertyNames());
            for (String key : keys) {
                assertThat(properties.getProperty(key)).as(bundle + suffix + ": " + key).isNotBlank();
            }
            return keys;
        }
    }
}
