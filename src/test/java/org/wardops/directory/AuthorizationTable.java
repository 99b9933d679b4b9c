package org.wardops.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An authorization table as the docs show it: one row per action, one column per demo account (one per role), each
 * cell "own / other" with yes or no. Tests fill it from what the application answered and compare it with the table
 * committed between {@code <!-- authorization-table -->} and {@code <!-- /authorization-table -->} in a document.
 */
public final class AuthorizationTable {

    public static final List<String> DEMO_ACCOUNTS = List.of("admin", "leader", "auditor", "wg15.lead", "wg15.member", "dept.sci",
            "xomchieu.chair", "xomchieu.officer", "khanhhoi.officer", "vinhhoi.officer", "volunteer.xomchieu");
    private static final String START = "<!-- authorization-table -->";
    private static final String END = "<!-- /authorization-table -->";

    private final Map<String, Map<String, boolean[]>> cells = new LinkedHashMap<>();

    public void record(String action, String account, boolean own, boolean allowed) {
        cells.computeIfAbsent(action, key -> new LinkedHashMap<>()).computeIfAbsent(account, key -> new boolean[2])[own ? 0 : 1] = allowed;
    }

    public String markdown() {
        StringBuilder table = new StringBuilder("| action | ").append(String.join(" | ", DEMO_ACCOUNTS)).append(" |\n|---|")
                .append("---|".repeat(DEMO_ACCOUNTS.size())).append('\n');
        cells.forEach((action, byAccount) -> {
            table.append("| ").append(action).append(" |");
            for (String account : DEMO_ACCOUNTS) {
                boolean[] cell = byAccount.get(account);
                table.append(' ').append(word(cell[0])).append(" / ").append(word(cell[1])).append(" |");
            }
            table.append('\n');
        });
        return table.toString().strip();
    }

    /** The table committed in the document. */
    public static String documented(Path document) {
        try {
            String text = Files.readString(document, StandardCharsets.UTF_8);
            int start = text.indexOf(START);
            int end = text.indexOf(END);
            assertThat(start).as("%s in %s", START, document).isNotNegative();
            assertThat(end).as("%s in %s", END, document).isGreaterThan(start);
            return text.substring(start + START.length(), end).lines().map(String::strip).filter(line -> !line.isEmpty())
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that the API and the page answered alike, and answers what they said. */
    public static boolean agree(String what, boolean byApi, boolean onPage) {
        assertThat(onPage).as("%s: the API says %s, the page %s", what, byApi, onPage).isEqualTo(byApi);
        return byApi;
    }

    private static String word(boolean allowed) {
        return allowed ? "yes" : "no";
    }
}
