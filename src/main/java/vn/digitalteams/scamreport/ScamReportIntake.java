package vn.digitalteams.scamreport;

import static vn.digitalteams.shared.UserFacingException.forbidden;
import static vn.digitalteams.shared.UserFacingException.invalid;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import vn.digitalteams.identity.UserAccounts;
import vn.digitalteams.shared.CaseNumbers;
import vn.digitalteams.shared.Messages;
import vn.digitalteams.shared.VietnameseDates;
import vn.digitalteams.team.PhoneNumber;
import vn.digitalteams.team.Communes;

/**
 * Start listener of scam-report: refuses a bad report before any instance exists (the exception rolls
 * the whole start back), numbers the case (LD-2026-0001 per commune and year), and links it to the
 * commune's open reports about the same scammer contact so the police see them together.
 */
@Component("scamReportIntake")
class ScamReportIntake implements ExecutionListener {

    static final String PROCESS_KEY = "scam-report";
    static final String CASE_PREFIX = "LD";
    static final int MIN_DESCRIPTION = 20;
    /** A thousand billion dong: more than any resident loses, less than a typing slip of many digits. */
    static final long MAX_AMOUNT_LOST = 1_000_000_000_000L;

    private final IdentityService identityService;
    private final UserAccounts accounts;
    private final RuntimeService runtimeService;
    private final Communes communes;
    private final CaseNumbers caseNumbers;
    private final Clock clock;

    ScamReportIntake(IdentityService identityService, UserAccounts accounts, RuntimeService runtimeService, Communes communes,
                     CaseNumbers caseNumbers, Clock clock) {
        this.identityService = identityService;
        this.accounts = accounts;
        this.runtimeService = runtimeService;
        this.communes = communes;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Authentication authentication = identityService.getCurrentAuthentication();
        List<String> communes = authentication == null ? null : authentication.getTenantIds();
        if (authentication == null || communes == null || communes.isEmpty()) {
            throw forbidden("scam.starter.required");
        }
        String communeCode = communes.get(0);
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
        String villageName = this.communes.villageName(communeCode, form.required("villageCode"));
        LocalDate occurredOn = form.requiredDate("occurredOn");
        if (occurredOn.isAfter(VietnameseDates.today(clock))) {
            throw invalid("scam.occurredOn.future");
        }
        String scammerContact = form.optional("scammerContact");
        String evidenceKind = Evidence.check(execution.getVariableTyped("evidence"));

        int year = VietnameseDates.today(clock).getYear();
        String caseKey = caseNumbers.next(communeCode, CASE_PREFIX, year);
        execution.setProcessBusinessKey(caseKey);
        execution.setVariable("caseKey", caseKey);
        execution.setVariable("communeCode", communeCode);
        execution.setVariable("filedBy", authentication.getUserId());
        execution.setVariable("filedByName", accounts.displayName(authentication.getUserId()));
        execution.setVariable("category", category);
        execution.setVariable("categoryLabel", ScamCodes.categoryLabel(category));
        execution.setVariable("channel", channel);
        execution.setVariable("channelLabel", ScamCodes.channelLabel(channel));
        execution.setVariable("description", description);
        execution.setVariable("amountLost", amountLost);
        execution.setVariable("amountLostText", NumberFormat.getIntegerInstance(Messages.VIETNAMESE).format(amountLost) + " đồng");
        execution.setVariable("moneyStillMoving", form.flag("moneyStillMoving"));
        execution.setVariable("reporterName", reporterName);
        execution.setVariable("reporterDisplay", reporterName == null ? Messages.get("scam.reporter.anonymous") : reporterName);
        execution.setVariable("reporterPhone", reporterPhone);
        execution.setVariable("reporterPhoneText", reporterPhone == null ? Messages.get("scam.reporter.noPhone") : reporterPhone);
        execution.setVariable("villageName", villageName);
        execution.setVariable("occurredOn", occurredOn.toString());
        execution.setVariable("occurredOnText", VietnameseDates.format(occurredOn));
        execution.setVariable("scammerContact", scammerContact);
        execution.setVariable("evidenceKind", evidenceKind);
        linkEarlierReports(execution, communeCode, ScammerContacts.normalise(scammerContact));
    }

    /** Open reports of the same commune about the same scammer: the police handle them together. */
    private void linkEarlierReports(DelegateExecution execution, String communeCode, String contactKey) {
        execution.setVariable("scammerContactKey", contactKey);
        List<String> earlier = contactKey == null ? List.of()
                : runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).tenantIdIn(communeCode)
                        .variableValueEquals("scammerContactKey", contactKey).orderByBusinessKey().asc().list().stream()
                        .filter(instance -> !instance.getId().equals(execution.getProcessInstanceId()))
                        .map(ProcessInstance::getBusinessKey).toList();
        execution.setVariable("linkedCases", earlier.isEmpty() ? null : String.join(", ", earlier));
        execution.setVariable("hasLinkedCases", !earlier.isEmpty());
    }
}
