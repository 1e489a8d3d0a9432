package vn.digitalteams.membership;

import static vn.digitalteams.shared.UserFacingException.forbidden;
import static vn.digitalteams.shared.UserFacingException.invalid;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.digitalteams.identity.UserAccounts;
import vn.digitalteams.shared.CaseNumbers;
import vn.digitalteams.shared.Messages;
import vn.digitalteams.shared.VietnameseDates;
import vn.digitalteams.team.TeamDirectory;

/**
 * What every membership case records when it starts: who started it (a leader, in their commune),
 * its readable number as business key, and the Chairman's deadline.
 */
@Component
class CaseStarter {

    private final IdentityService identityService;
    private final UserAccounts accounts;
    private final TeamDirectory teams;
    private final CaseNumbers caseNumbers;
    private final Clock clock;

    CaseStarter(IdentityService identityService, UserAccounts accounts, TeamDirectory teams, CaseNumbers caseNumbers, Clock clock) {
        this.identityService = identityService;
        this.accounts = accounts;
        this.teams = teams;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
    }

    /** The starting leader's user id and commune; cases are started by people, never anonymously. */
    Starter starter() {
        Authentication authentication = identityService.getCurrentAuthentication();
        List<String> communes = authentication == null ? List.of() : authentication.getTenantIds();
        if (authentication == null || communes == null || communes.isEmpty()) {
            throw forbidden("case.starter.required");
        }
        return new Starter(authentication.getUserId(), communes.get(0));
    }

    /** The named team, or the only team the starting leader leads. */
    String team(DelegateExecution execution, String named, Starter starter) {
        String teamCode = named != null ? named : teams.onlyTeamLedBy(starter.userId())
                .orElseThrow(() -> invalid("form.required", Messages.get("field.teamCode")));
        execution.setVariable("teamCode", teamCode);
        return teamCode;
    }

    void open(DelegateExecution execution, Starter starter, String prefix) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(VietnameseDates.ZONE));
        String caseKey = caseNumbers.next(starter.communeCode(), prefix, now.getYear());
        execution.setProcessBusinessKey(caseKey);
        execution.setVariable("caseKey", caseKey);
        execution.setVariable("communeCode", starter.communeCode());
        execution.setVariable("referrerId", starter.userId());
        execution.setVariable("referrerName", accounts.displayName(starter.userId()));
        Date due = ApprovalDeadline.from(now);
        execution.setVariable("approvalDueDate", due);
        execution.setVariable("approvalDueText", VietnameseDates.format(due.toInstant().atZone(VietnameseDates.ZONE).toLocalDate()));
    }

    record Starter(String userId, String communeCode) {
    }
}
