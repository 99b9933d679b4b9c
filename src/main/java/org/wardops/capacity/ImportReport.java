package org.wardops.capacity;

import java.util.List;

/**
 * What an inventory import did or, on a dry run, would do. With any refused row nothing is written: the counts
 * then say what the file would create and update once the rows are corrected.
 */
public record ImportReport(boolean dryRun, boolean written, int created, int updated, List<Refusal> refused) {

    /** A refused row: its line in the file (1 is the header), the column, a code and the message in the reader's language. */
    public record Refusal(int line, String field, String code, String message) {
    }
}
