package vn.digitalteams.scamreport;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.digitalteams.identity.CommuneChecks;
import vn.digitalteams.shared.VietnameseDates;

/**
 * Publishes the police-approved warning for the case's commune, from the record: category, channel,
 * pattern and advice only. Refused (CommuneMismatch) unless record, instance and officer share a commune.
 */
@Component("publishWarning")
class PublishWarning implements JavaDelegate {

    private final ScamReports scamReports;
    private final Warnings warnings;
    private final CommuneChecks communeChecks;
    private final Clock clock;

    PublishWarning(ScamReports scamReports, Warnings warnings, CommuneChecks communeChecks, Clock clock) {
        this.scamReports = scamReports;
        this.warnings = warnings;
        this.communeChecks = communeChecks;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ScamReport report = scamReports.of(execution);
        communeChecks.requireOneCommune("warning " + report.caseKey(), report.communeCode(), execution.getTenantId());
        if (!report.warningApproved()) {
            // Only a flow forced past the police review gets here: what goes out is what the police approved.
            throw new IllegalStateException("Warning of " + report.caseKey() + " was not approved by the police");
        }
        warnings.publish(new Warnings.Warning(report.communeCode(), report.category(), report.channel(),
                report.warningPattern(), report.warningAdvice(), VietnameseDates.today(clock)));
    }
}
