package vn.digitalteams.scamreport;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.digitalteams.shared.VietnameseDates;

/** Publishes the police-approved warning for the commune: category, channel, pattern and advice only. */
@Component("publishWarning")
class PublishWarning implements JavaDelegate {

    private final Warnings warnings;
    private final Clock clock;

    PublishWarning(Warnings warnings, Clock clock) {
        this.warnings = warnings;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        warnings.publish(new Warnings.Warning((String) execution.getVariable("communeCode"),
                (String) execution.getVariable("category"), (String) execution.getVariable("channel"),
                (String) execution.getVariable("warningPattern"), (String) execution.getVariable("warningAdvice"),
                VietnameseDates.today(clock)));
    }
}
