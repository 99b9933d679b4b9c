package org.wardops.directory;

import java.util.List;

/**
 * The outcome of importing the official unit list, or of its dry run. When there are problems nothing was
 * changed: a file is imported whole or not at all.
 *
 * @param notInFile official units in the directory that the file no longer lists (kept; retiring them is a decision)
 */
public record UnitImportReport(
        boolean dryRun,
        int provinces,
        int units,
        int created,
        int updated,
        int unchanged,
        int notInFile,
        List<Problem> problems) {

    /** A bad row: its line number in the file and a message key with arguments saying why. */
    public record Problem(long line, String messageKey, List<String> arguments) {
    }

    public boolean accepted() {
        return problems.isEmpty();
    }

    public boolean applied() {
        return accepted() && !dryRun;
    }
}
