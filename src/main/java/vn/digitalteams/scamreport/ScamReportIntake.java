package vn.digitalteams.scamreport;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.digitalteams.identity.CurrentUser;
import vn.digitalteams.identity.UserAccounts;
import vn.digitalteams.shared.CaseNumbers;
import vn.digitalteams.shared.VietnameseDates;
import vn.digitalteams.team.Communes;
import vn.digitalteams.team.PhoneNumber;

/**
 * Start listener of scam-report: refuses a bad report before anything is written (the exception rolls
 * the whole start back), numbers the case (LD-2026-0001 per commune and year) and writes its record and
 * its reporter in the start's transaction. The instance keeps only the case key and the filer, who
 * closes the case out.
 */
@Component("scamReportIntake")
class ScamReportIntake implements ExecutionListener {

    static final String PROCESS_KEY = "scam-report";
    static final String CASE_PREFIX = "LD";
    static final int MIN_DESCRIPTION = 20;
    /** A thousand billion dong: more than any resident loses, less than a typing slip of many digits. */
    static final long MAX_AMOUNT_LOST = 1_000_000_000_000L;

    private final CurrentUser currentUser;
    private final UserAccounts accounts;
    private final Communes communes;
    private final CaseNumbers caseNumbers;
    private final ScamReportRepository reports;
    private final ScamReporterRepository reporters;
    private final Clock clock;

    ScamReportIntake(CurrentUser currentUser, UserAccounts accounts, Communes communes, CaseNumbers caseNumbers,
                     ScamReportRepository reports, ScamReporterRepository reporters, Clock clock) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.communes = communes;
        this.caseNumbers = caseNumbers;
        this.reports = reports;
        this.reporters = reporters;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String communeCode = currentUser.startingCommune("scam.starter.required");
        ScamForm form = new ScamForm(execution);

        String category = form.code("category", ScamCodes.CATEGORIES, "scam.category.unknown");
        String channel = form.code("channel", ScamCodes.CHANNELS, "scam.channel.unknown");
        String description = form.requiredText("description");
        if (description.length() < MIN_DESCRIPTION) {
            throw invalid("scam.description.tooShort", MIN_DESCRIPTION);
        }
        long amountLost = form.wholeNumber("amountLost", MAX_AMOUNT_LOST);
        String reporterName = form.optional("reporterName");
        String phoneText = form.optional("reporterPhone");
        String reporterPhone = phoneText == null ? null : new PhoneNumber(phoneText).value();
        String villageCode = form.required("villageCode");
        String villageName = communes.villageName(communeCode, villageCode);
        LocalDate occurredOn = form.requiredDate("occurredOn");
        if (occurredOn.isAfter(VietnameseDates.today(clock))) {
            throw invalid("scam.occurredOn.future");
        }
        String filer = currentUser.id();
        ScamReport.Filing filing = new ScamReport.Filing(filer, accounts.displayName(filer), category, channel,
                villageCode, villageName, occurredOn, description, amountLost, form.flag("moneyStillMoving"),
                form.optional("scammerContact"));

        String caseKey = caseNumbers.next(communeCode, CASE_PREFIX, VietnameseDates.today(clock).getYear());
        ScamReport report = reports.save(new ScamReport(communeCode, caseKey, filing, clock.instant()));
        reporters.save(new ScamReporter(report.id(), reporterName, reporterPhone));
        execution.setProcessBusinessKey(caseKey);
        execution.setVariable(ScamReportVariables.CASE_KEY, caseKey);
        execution.setVariable(ScamReportVariables.FILED_BY, filer);
    }
}
