package org.wardops.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wardops.support.IntegrationTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of docs/scaling.md, checked against the schema Flyway built (H2 and PostgreSQL). */
class ScalingSchemaTests extends IntegrationTest {

    private static final Path DOCUMENT = Path.of("docs/scaling.md");
    private static final Set<String> FRAMEWORK_TABLES = Set.of("event_publication", "flyway_schema_history");
    private static final Set<String> KINDS = Set.of("reference", "account", "city", "child", "system");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9_]+)` \\| ([a-z]+) \\|$", Pattern.MULTILINE);

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTableBelongsToAModule() throws IOException {
        Set<String> modules;
        try (Stream<Path> packages = Files.list(Path.of("src/main/java/org/wardops"))) {
            modules = packages.filter(Files::isDirectory).map(path -> path.getFileName().toString()).collect(Collectors.toSet());
        }
        assertThat(tables()).allSatisfy(table -> assertThat(FRAMEWORK_TABLES.contains(table)
                || modules.stream().anyMatch(module -> table.startsWith(module + "_")))
                .as("table %s starts with a module's name", table).isTrue());
    }

    @Test
    void everyTableHasUnitIdOrIsDeclaredWithItsKind() throws IOException {
        Map<String, String> declared = declared();
        assertThat(declared.values()).allSatisfy(kind -> assertThat(KINDS).contains(kind));
        Set<String> withUnit = new TreeSet<>(jdbc.sql("SELECT LOWER(table_name) FROM information_schema.columns "
                        + "WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA) AND LOWER(column_name) = 'unit_id'")
                .query(String.class).list());
        Set<String> undeclared = new TreeSet<>(tables());
        undeclared.removeAll(withUnit);
        undeclared.removeAll(declared.keySet());
        undeclared.remove("flyway_schema_history");
        assertThat(undeclared).as("tables without unit_id that docs/scaling.md does not declare").isEmpty();
        assertThat(declared.keySet()).as("declared tables that do not exist").isSubsetOf(tables());
        assertThat(declared.keySet()).as("declared tables that have unit_id after all").doesNotContainAnyElementsOf(withUnit);
    }

    private Set<String> tables() {
        return new TreeSet<>(jdbc.sql("SELECT LOWER(table_name) FROM information_schema.tables "
                        + "WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA) AND table_type IN ('BASE TABLE', 'TABLE')")
                .query(String.class).list());
    }

    private static Map<String, String> declared() throws IOException {
        String text = Files.readString(DOCUMENT);
        String section = text.substring(text.indexOf("<!-- tables-without-unit-id -->"), text.indexOf("<!-- /tables-without-unit-id -->"));
        Matcher matcher = ROW.matcher(section);
        Map<String, String> declared = new java.util.TreeMap<>();
        while (matcher.find()) {
            declared.put(matcher.group(1).toLowerCase(Locale.ROOT), matcher.group(2));
        }
        return declared;
    }
}
