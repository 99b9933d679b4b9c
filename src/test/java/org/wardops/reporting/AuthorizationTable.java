package org.wardops.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The authorization table of a module's doc page ({@code | action | admin | leader | …}), read as the expectation of
 * the authorization tests: a cell says on which records the account may take the action (own, other, both, —).
 */
public record AuthorizationTable(List<String> accounts, Map<String, Map<String, String>> cells) {

    public static AuthorizationTable read(Path markdown) throws IOException {
        List<String> lines = Files.readAllLines(markdown);
        List<String> accounts = null;
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        for (String line : lines) {
            if (!line.startsWith("| ")) {
                accounts = line.isBlank() && accounts != null && !cells.isEmpty() ? accounts : accounts;
                continue;
            }
            List<String> columns = Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList();
            if (columns.getFirst().equals("action") && columns.contains("admin")) {
                accounts = new ArrayList<>(columns.subList(1, columns.size()));
                continue;
            }
            if (accounts != null && !columns.getFirst().startsWith("---") && columns.size() == accounts.size() + 1) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < accounts.size(); i++) {
                    row.put(accounts.get(i), columns.get(i + 1));
                }
                cells.put(columns.getFirst(), row);
            }
        }
        if (accounts == null || cells.isEmpty()) {
            throw new IllegalStateException("No authorization table in " + markdown);
        }
        return new AuthorizationTable(List.copyOf(accounts), cells);
    }

    /** Whether the table lets the account take the action on its own (true) or the other (false) record. */
    public boolean allows(String action, String account, boolean own) {
        String cell = cells.get(action).get(account);
        return cell.equals("both") || cell.equals(own ? "own" : "other");
    }
}
