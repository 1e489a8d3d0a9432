package vn.digitalteams.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
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
 * turned off in application.yaml. Every throttled attempt is logged.
 *
 * <p>Kept in this node's memory: with several nodes a guesser gets each node's budget, still a few
 * attempts per minute.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration MAX_WAIT = Duration.ofMinutes(5);
    /** Forgotten after an hour without failures, and the map never grows past this many pairs. */
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final int MAX_TRACKED = 100_000;

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final Map<Key, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this user must still wait before a password from this client is checked; empty when it may be now. */
    public Optional<Duration> waitBefore(String userId, String client) {
        Failures current = failures.get(new Key(userId, client));
        Instant now = clock.instant();
        if (current == null || !current.blockedUntil().isAfter(now)) {
            return Optional.empty();
        }
        log.warn("Login throttled: user {} from {} after {} wrong passwords, {} s to wait", userId, client,
                current.count(), Duration.between(now, current.blockedUntil()).toSeconds() + 1);
        return Optional.of(Duration.between(now, current.blockedUntil()));
    }

    /** A wrong password: the next check of this pair waits longer once the free failures are used up. */
    public void failed(String userId, String client) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(old -> old.last().plus(FORGET_AFTER).isBefore(now));
        }
        Failures updated = failures.compute(new Key(userId, client), (key, old) -> {
            int count = old == null || old.last().plus(FORGET_AFTER).isBefore(now) ? 1 : old.count() + 1;
            Duration wait = count < FREE_FAILURES ? Duration.ZERO
                    : Duration.ofSeconds(1L << Math.min(count - FREE_FAILURES, 20));
            return new Failures(count, now, now.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait));
        });
        if (updated.count() >= FREE_FAILURES) {
            log.warn("Wrong password {} times in a row for user {} from {}", updated.count(), userId, client);
        }
    }

    /** A right password: the pair starts afresh. */
    public void succeeded(String userId, String client) {
        failures.remove(new Key(userId, client));
    }

    private record Key(String userId, String client) {
    }

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }
}
