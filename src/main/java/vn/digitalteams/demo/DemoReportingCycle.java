package vn.digitalteams.demo;

import java.time.Clock;
import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.digitalteams.reporting.ScheduledCycles;
import vn.digitalteams.shared.VietnameseDates;

/**
 * Demo profile only: Tam Quang's reporting cycle for the current month is open, as the schedule would
 * have opened it on the 25th, so each village leader finds a report task prefilled from the demo
 * activities (runs after them). Opened once per month, like the schedule. Not under the tests'
 * profile: their coverage recorder refuses instances started before a test runs, and the process
 * tests open their own cycles.
 */
@Component
@Profile("demo & !test")
@Order(30)
class DemoReportingCycle implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReportingCycle.class);
    private static final String COMMUNE = "tam-quang";

    private final ScheduledCycles scheduledCycles;
    private final Clock clock;

    DemoReportingCycle(ScheduledCycles scheduledCycles, Clock clock) {
        this.scheduledCycles = scheduledCycles;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        String period = YearMonth.from(VietnameseDates.today(clock)).toString();
        if (scheduledCycles.open(COMMUNE, period)) {
            log.info("Demo reporting cycle of {} for {} opened", COMMUNE, period);
        }
    }
}
