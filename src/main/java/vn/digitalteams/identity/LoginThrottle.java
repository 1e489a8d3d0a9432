package vn.digitalteams.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock an account: after {@value #FREE_FAILURES}
 * wrong passwords in a row for one user from one client address, that pair must wait 1 s, then 2, 4, ...
 * up to {@link #MAX_WAIT}, before its password is checked again; a right password clears it. Keyed by the
 * client as well as the user, so a stranger who knows the Chairman's user name (they are guessable) slows
 * only themselves: Camunda's own per-user lock, which ten wrong passwords from anyone made permanent, is
 * turned off in application.yaml. The attempts of one pair are checked one at a time, so a burst of parallel
 * guesses gets no more tries than a row of them. Every throttled attempt is logged.
 *
 * <p>Kept in this node's memory (at most {@value #MAX_TRACKED} pairs): with several nodes a guesser gets
 * each node's budget, still a few attempts per minute.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration MAX_WAIT = Duration.ofMinutes(5);
    /** Forgotten after an hour without failures. */
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final int MAX_TRACKED = 100_000;
    private static final int LOCK_STRIPES = 64;

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final Map<Key, Failures> failures = new ConcurrentHashMap<>();
    private final Object[] locks = new Object[LOCK_STRIPES];
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    /** A password check: TRUE when the password was right, FALSE when wrong, null when the answer says neither. */
    @FunctionalInterface
    public interface PasswordCheck<E extends Exception> {
        Boolean run() throws E;
    }

    /**
     * Runs the check unless this user and client must still wait, one check of the pair at a time, and counts
     * its result.
     *
     * @return the wait still to do when the check was not run, or {@link Attempt#checked} with its result
     */
    public <E extends Exception> Attempt attempt(String userId, String client, PasswordCheck<E> check) throws E {
        Key key = new Key(userId, client);
        synchronized (locks[Math.floorMod(key.hashCode(), LOCK_STRIPES)]) {
            Failures current = failures.get(key);
            Instant now = clock.instant();
            if (current != null && current.blockedUntil().isAfter(now)) {
                Duration wait = Duration.between(now, current.blockedUntil());
                log.warn("Login throttled: user {} from {} after {} wrong passwords, {} s to wait", userId, client,
                        current.count(), wait.toSeconds() + 1);
                return new Attempt(wait, null);
            }
            Boolean right = check.run();
            if (Boolean.TRUE.equals(right)) {
                failures.remove(key);
            } else if (Boolean.FALSE.equals(right)) {
                failed(key, now);
            }
            return Attempt.checked(right);
        }
    }

    private void failed(Key key, Instant now) {
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(old -> old.last().plus(FORGET_AFTER).isBefore(now));
            if (failures.size() >= MAX_TRACKED) {
                failures.values().removeIf(old -> !old.blockedUntil().isAfter(now));
            }
        }
        Failures updated = failures.compute(key, (k, old) -> {
            int count = old == null || old.last().plus(FORGET_AFTER).isBefore(now) ? 1 : old.count() + 1;
            Duration wait = count < FREE_FAILURES ? Duration.ZERO
                    : Duration.ofSeconds(1L << Math.min(count - FREE_FAILURES, 20));
            return new Failures(count, now, now.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait));
        });
        if (updated.count() >= FREE_FAILURES) {
            log.warn("Wrong password {} times in a row for user {} from {}", updated.count(), key.userId(), key.client());
        }
    }

    /** An attempt: how long to wait when the pair was throttled (the check not run), else the check's result. */
    public record Attempt(Duration waitFor, Boolean right) {

        static Attempt checked(Boolean right) {
            return new Attempt(null, right);
        }

        public boolean throttled() {
            return waitFor != null;
        }
    }

    private record Key(String userId, String client) {
    }

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }
}
