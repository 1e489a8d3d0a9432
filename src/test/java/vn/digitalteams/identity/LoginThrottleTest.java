package vn.digitalteams.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

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
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void threeWrongPasswordsAreFreeThenTheWaitDoublesUpToFiveMinutes() {
        throttle.failed("chutich", "10.0.0.9");
        throttle.failed("chutich", "10.0.0.9");
        assertThat(throttle.waitBefore("chutich", "10.0.0.9")).isEmpty();

        throttle.failed("chutich", "10.0.0.9");
        assertThat(throttle.waitBefore("chutich", "10.0.0.9")).contains(Duration.ofSeconds(1));
        throttle.failed("chutich", "10.0.0.9");
        assertThat(throttle.waitBefore("chutich", "10.0.0.9")).contains(Duration.ofSeconds(2));
        for (int i = 0; i < 20; i++) {
            throttle.failed("chutich", "10.0.0.9");
        }
        assertThat(throttle.waitBefore("chutich", "10.0.0.9")).contains(LoginThrottle.MAX_WAIT);

        now = now.plus(LoginThrottle.MAX_WAIT);
        assertThat(throttle.waitBefore("chutich", "10.0.0.9")).as("the wait ends; it never locks").isEmpty();
    }

    @Test
    void aGuesserSlowsOnlyThemselvesNotTheUserOnAnotherClient() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("chutich", "203.0.113.7");
        }
        assertThat(throttle.waitBefore("chutich", "203.0.113.7")).isPresent();
        assertThat(throttle.waitBefore("chutich", "10.0.0.9")).isEmpty();
        assertThat(throttle.waitBefore("congan", "203.0.113.7")).isEmpty();
    }

    @Test
    void aRightPasswordStartsAfresh() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("congan", "10.0.0.9");
        }
        now = now.plusSeconds(2);
        throttle.succeeded("congan", "10.0.0.9");
        throttle.failed("congan", "10.0.0.9");
        assertThat(throttle.waitBefore("congan", "10.0.0.9")).isEmpty();
    }

    @Test
    void failuresAnHourApartDoNotAddUp() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("vanhoa", "10.0.0.9");
        }
        now = now.plus(LoginThrottle.FORGET_AFTER).plusSeconds(1);
        throttle.failed("vanhoa", "10.0.0.9");
        assertThat(throttle.waitBefore("vanhoa", "10.0.0.9")).isEmpty();
    }
}
