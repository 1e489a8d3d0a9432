package vn.digitalteams.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The growing wait between wrong passwords, per user and client, on a clock the test moves. */
class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-30T01:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void threeWrongPasswordsAreFreeThenTheWaitDoublesUpToFiveMinutes() {
        wrong("chutich", "10.0.0.9", 2);
        assertThat(right("chutich", "10.0.0.9").throttled()).isFalse();
        wrong("chutich", "10.0.0.9", 3);
        assertThat(wrongOnce("chutich", "10.0.0.9").waitFor()).isEqualTo(Duration.ofSeconds(1));

        now = now.plusSeconds(1);
        wrong("chutich", "10.0.0.9", 1);
        assertThat(wrongOnce("chutich", "10.0.0.9").waitFor()).isEqualTo(Duration.ofSeconds(2));
        for (int i = 0; i < 20; i++) {
            now = now.plus(LoginThrottle.MAX_WAIT);
            wrong("chutich", "10.0.0.9", 1);
        }
        assertThat(wrongOnce("chutich", "10.0.0.9").waitFor()).isEqualTo(LoginThrottle.MAX_WAIT);

        now = now.plus(LoginThrottle.MAX_WAIT);
        assertThat(right("chutich", "10.0.0.9").throttled()).as("the wait ends; it never locks").isFalse();
    }

    @Test
    void aGuesserSlowsOnlyThemselvesNotTheUserOnAnotherClient() {
        wrong("chutich", "203.0.113.7", LoginThrottle.FREE_FAILURES);
        assertThat(wrongOnce("chutich", "203.0.113.7").throttled()).isTrue();
        assertThat(right("chutich", "203.0.113.7").throttled()).isTrue();
        assertThat(right("chutich", "10.0.0.9").throttled()).isFalse();
        assertThat(right("congan", "203.0.113.7").throttled()).isFalse();
    }

    @Test
    void aRightPasswordStartsAfresh() {
        wrong("congan", "10.0.0.9", 2);
        assertThat(right("congan", "10.0.0.9").right()).isTrue();
        wrong("congan", "10.0.0.9", 2);
        assertThat(right("congan", "10.0.0.9").throttled()).isFalse();
    }

    @Test
    void failuresAnHourApartDoNotAddUp() {
        wrong("vanhoa", "10.0.0.9", 2);
        now = now.plus(LoginThrottle.FORGET_AFTER).plusSeconds(1);
        wrong("vanhoa", "10.0.0.9", 1);
        assertThat(right("vanhoa", "10.0.0.9").throttled()).isFalse();
    }

    @Test
    void aBurstOfParallelGuessesGetsNoMoreChecksThanARowOfThem() {
        AtomicInteger checked = new AtomicInteger();
        List<CompletableFuture<Void>> burst = IntStream.range(0, 50).mapToObj(i -> CompletableFuture.runAsync(() ->
                throttle.attempt("chutich", "203.0.113.7", () -> {
                    checked.incrementAndGet();
                    return false;
                }))).toList();
        burst.forEach(CompletableFuture::join);

        assertThat(checked).hasValue(LoginThrottle.FREE_FAILURES);
    }

    private void wrong(String user, String client, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(wrongOnce(user, client).throttled()).as("attempt %d", i + 1).isFalse();
        }
    }

    private LoginThrottle.Attempt wrongOnce(String user, String client) {
        return throttle.attempt(user, client, () -> false);
    }

    private LoginThrottle.Attempt right(String user, String client) {
        return throttle.attempt(user, client, () -> true);
    }
}
