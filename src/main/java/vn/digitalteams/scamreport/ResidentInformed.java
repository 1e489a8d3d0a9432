package vn.digitalteams.scamreport;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The filer told the resident the outcome: the case is closed, with the filer's optional note. */
@Component("residentInformed")
class ResidentInformed implements TaskListener {

    private final ScamReports scamReports;
    private final Clock clock;

    ResidentInformed(ScamReports scamReports, Clock clock) {
        this.scamReports = scamReports;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        scamReports.of(task.getExecution()).closed(new ScamForm(task).optionalText("informNote"), clock.instant());
    }
}
