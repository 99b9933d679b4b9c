package org.wardops.indicators;

import java.util.List;

/**
 * The outcome of an import: with any problem nothing is written (all or nothing); a dry run writes nothing either
 * but reports the same counts and problems as the real import would.
 */
public record ValueImportReport(boolean dryRun, boolean accepted, int rows, int units, int periods, int values, List<Problem> problems) {

    /** A problem of one line of the file (line 1 is the header); {@code column} is empty when the whole row is wrong. */
    public record Problem(int line, String column, String messageKey, List<Object> arguments) {
    }
}
