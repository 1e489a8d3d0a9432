package vn.digitalteams.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

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

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final Clock clock;

    DemoReportingCycle(RuntimeService runtimeService, HistoryService historyService, Clock clock) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = VietnameseDates.today(clock);
        String period = YearMonth.from(today).toString();
        String caseKey = "BC-" + COMMUNE + "-" + period;
        if (historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseKey).count() > 0) {
            return;
        }
        runtimeService.createProcessInstanceByKey("periodic-report").setVariable("communeCode", COMMUNE)
                .setVariable("period", period).setVariable("dueDate", today.plusDays(3).toString()).execute();
        log.info("Demo reporting cycle {} opened", caseKey);
    }
}
