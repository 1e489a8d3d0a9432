package vn.digitalteams.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class TimeConfig {

    /** One clock for "today" everywhere, in Vietnam's zone; tests may replace it. */
    @Bean
    Clock clock() {
        return Clock.system(VietnameseDates.ZONE);
    }
}
