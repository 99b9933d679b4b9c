package org.wardops.shared.sql;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where in the primary's write-ahead log each account's latest write ended. Kept in this instance's memory and, for a
 * page session, in the session (stored in the database), so that another instance serving the next page knows it too.
 */
final class WrittenPositions {

    static final String SESSION_ATTRIBUTE = WrittenPositions.class.getName();
    private static final int MOST_REMEMBERED = 100_000;

    private final ConcurrentHashMap<UUID, Long> byAccount = new ConcurrentHashMap<>();

    void wrote(UUID account, long position, long replayed) {
        byAccount.merge(account, position, Math::max);
        if (byAccount.size() > MOST_REMEMBERED) {
            byAccount.values().removeIf(written -> written <= replayed);
        }
        HttpSession session = session();
        if (session != null && position > required(session)) {
            session.setAttribute(SESSION_ATTRIBUTE, position);
        }
    }

    /** The position a replica must have replayed before it may serve this account's reads; 0 when any will do. */
    long required(UUID account) {
        return Math.max(byAccount.getOrDefault(account, 0L), required(session()));
    }

    /** The replica has replayed this far: what the account wrote up to it needs no more care. */
    void replayed(UUID account, long replayed) {
        byAccount.computeIfPresent(account, (key, written) -> written <= replayed ? null : written);
    }

    private static long required(@Nullable HttpSession session) {
        return session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Long position ? position : 0L;
    }

    private static @Nullable HttpSession session() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getSession(false) : null;
    }
}
