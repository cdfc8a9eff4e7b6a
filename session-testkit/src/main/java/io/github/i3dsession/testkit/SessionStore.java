package io.github.i3dsession.testkit;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fake server's mutable state: sessions by id and failed-login counters by user name. Thread-safe; every
 * time comes from the server's clock. With an idle timeout, a session that is not found for that long is gone
 * the next time anyone looks.
 */
final class SessionStore {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** A login session: pending until the OTP is given, then authenticated. */
    static final class Session {
        final FakeUser user;
        final Instant otpDeadline;
        volatile boolean authenticated;
        volatile Instant lastUsed;

        Session(FakeUser user, boolean authenticated, Instant otpDeadline) {
            this.user = user;
            this.authenticated = authenticated;
            this.otpDeadline = otpDeadline;
        }
    }

    /** Consecutive failed logins of one user name; {@code lockedUntil} is null while not locked out. */
    private static final class Failures {
        final int count;
        final Instant lockedUntil;

        Failures(int count, Instant lockedUntil) {
            this.count = count;
            this.lockedUntil = lockedUntil;
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxFailedLogins;
    private final Duration lockout;
    private final Duration idleTimeout;

    /** {@code idleTimeout} null means sessions never expire for being idle. */
    SessionStore(Clock clock, int maxFailedLogins, Duration lockout, Duration idleTimeout) {
        this.clock = clock;
        this.maxFailedLogins = maxFailedLogins;
        this.lockout = lockout;
        this.idleTimeout = idleTimeout;
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * Returns how long {@code userName} stays locked out, or null if it is not; a lockout that has passed is
     * lifted here, together with the failure count that caused it.
     */
    Duration lockedOutFor(String userName) {
        Instant now = now();
        Failures current = failures.computeIfPresent(
                userName, (name, f) -> f.lockedUntil != null && !now.isBefore(f.lockedUntil) ? null : f);
        return current == null || current.lockedUntil == null ? null : Duration.between(now, current.lockedUntil);
    }

    /** Counts a failed login; the {@code maxFailedLogins}-th consecutive one starts the lockout. */
    void recordFailure(String userName) {
        Instant now = now();
        failures.compute(userName, (name, f) -> {
            int count = f == null ? 1 : f.count + 1;
            return new Failures(count, count >= maxFailedLogins ? now.plus(lockout) : null);
        });
    }

    void resetFailures(String userName) {
        failures.remove(userName);
    }

    /** Creates a session and returns its id: 32 hex characters from a {@link SecureRandom}. */
    String create(Session session) {
        session.lastUsed = now();
        while (true) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            char[] id = new char[32];
            for (int i = 0; i < bytes.length; i++) {
                id[2 * i] = HEX[(bytes[i] >> 4) & 0x0f];
                id[2 * i + 1] = HEX[bytes[i] & 0x0f];
            }
            String sessionId = new String(id);
            if (sessions.putIfAbsent(sessionId, session) == null) {
                return sessionId;
            }
        }
    }

    /**
     * Returns the session with id {@code sessionId} and marks it used now, or returns null if there is none or it
     * has been idle too long (it is dropped then).
     */
    Session find(String sessionId) {
        Session session = sessionId == null ? null : sessions.get(sessionId);
        if (session == null) {
            return null;
        }
        Instant now = now();
        if (isIdle(session, now)) {
            sessions.remove(sessionId, session);
            return null;
        }
        session.lastUsed = now;
        return session;
    }

    void drop(String sessionId) {
        if (sessionId != null) {
            sessions.remove(sessionId);
        }
    }

    /** Whether a pending session's OTP window has closed at {@code now}. */
    static boolean isExpired(Session session, Instant now) {
        return !session.authenticated && now.isAfter(session.otpDeadline);
    }

    private boolean isIdle(Session session, Instant now) {
        return idleTimeout != null && !now.isBefore(session.lastUsed.plus(idleTimeout));
    }

    /** Drops pending sessions whose OTP window has closed and sessions idle too long, then counts the rest. */
    int activeSessions() {
        Instant now = now();
        sessions.values().removeIf(session -> isExpired(session, now) || isIdle(session, now));
        return sessions.size();
    }

    /** Drops every session. */
    void dropAll() {
        sessions.clear();
    }
}
