package vn.digitalteams.reporting;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One commune's share of the schedule (periodic-report-schedule.bpmn, one asynchronous job per commune):
 * starts the commune's cycle unless the period already has one. A retried or repeated job therefore
 * starts nothing twice; two nodes racing on it are settled by the cycle table's unique key.
 */
@Component("startCommuneCycle")
class StartCommuneCycle implements JavaDelegate {

    static final String PROCESS_KEY = "periodic-report";

    private static final Logger log = LoggerFactory.getLogger(StartCommuneCycle.class);

    private final RuntimeService runtimeService;
    private final ReportingCycles cycles;

    StartCommuneCycle(RuntimeService runtimeService, ReportingCycles cycles) {
        this.runtimeService = runtimeService;
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String communeCode = (String) execution.getVariable("communeCode");
        ReportingPeriod period = ReportingPeriod.parse((String) execution.getVariable("period"));
        if (cycles.isOpen(communeCode, period)) {
            log.info("Reporting cycle {} already exists; the schedule starts nothing", period.caseKey(communeCode));
            return;
        }
        runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                .setVariable("communeCode", communeCode)
                .setVariable("period", period.code())
                .setVariable("dueDate", ReportingSchedule.today().plusDays(ReportDeadline.DAYS_TO_REPORT).toString())
                .execute();
    }
}
