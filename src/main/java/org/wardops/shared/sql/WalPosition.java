package org.wardops.shared.sql;

import org.jspecify.annotations.Nullable;

/** A PostgreSQL write-ahead log position ({@code pg_lsn}, written {@code 16/B374D848}) as a comparable number. */
final class WalPosition {

    private WalPosition() {
    }

    /** The position as an unsigned 64-bit number; {@code -1} for null (a server that is not a standby). */
    static long parse(@Nullable String lsn) {
        if (lsn == null) {
            return -1;
        }
        int slash = lsn.indexOf('/');
        return (Long.parseLong(lsn.substring(0, slash), 16) << 32) | Long.parseLong(lsn.substring(slash + 1), 16);
    }
}
