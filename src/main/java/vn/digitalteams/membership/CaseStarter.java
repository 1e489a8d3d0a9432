package vn.digitalteams.membership;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.time.Clock;
import java.time.ZonedDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.digitalteams.identity.CommuneChecks;
import vn.digitalteams.identity.CurrentUser;
import vn.digitalteams.identity.UserAccounts;
import vn.digitalteams.shared.CaseNumbers;
import vn.digitalteams.shared.Messages;
import vn.digitalteams.shared.VietnameseDates;
import vn.digitalteams.team.TeamDirectory;

/**
 * What every membership case needs when it starts: who starts it (a leader, in their commune), the
 * team it is about, its readable number as business key and the Chairman's deadline.
 */
@Component
class CaseStarter {

    private final CurrentUser currentUser;
    private final CommuneChecks communeChecks;
    private final UserAccounts accounts;
    private final TeamDirectory teams;
    private final CaseNumbers caseNumbers;
    private final Clock clock;

    CaseStarter(CurrentUser currentUser, CommuneChecks communeChecks, UserAccounts accounts, TeamDirectory teams,
                CaseNumbers caseNumbers, Clock clock) {
        this.currentUser = currentUser;
        this.communeChecks = communeChecks;
        this.accounts = accounts;
        this.teams = teams;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
    }

    /** The starting leader's user id and commune; cases are started by people, never anonymously. */
    Starter starter() {
        String communeCode = currentUser.startingCommune("case.starter.required");
        return new Starter(currentUser.id(), communeCode);
    }

    /** The named team, or the only team the starting leader leads (a leader of one team may leave it out). */
    String team(String named, Starter starter) {
        return named != null ? named : teams.onlyTeamLedBy(starter.userId())
                .orElseThrow(() -> invalid("form.required", Messages.get("field.teamCode")));
    }

    /**
     * Gives the instance its case number as business key and sets the deadline; the caller writes the
     * record and the variables. The instance's tenant must be the starter's commune (identity's
     * {@code TenantIdProvider} makes it so), or nothing is opened ({@code shared.CommuneMismatch}).
     */
    OpenedCase open(DelegateExecution execution, Starter starter, String prefix) {
        communeChecks.requireOneCommune("opening a " + prefix + " case", starter.communeCode(), execution.getTenantId());
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(VietnameseDates.ZONE));
        String caseKey = caseNumbers.next(starter.communeCode(), prefix, now.getYear());
        execution.setProcessBusinessKey(caseKey);
        return new OpenedCase(starter.communeCode(), caseKey, now.toInstant(), ApprovalDeadline.from(now),
                starter.userId(), accounts.displayName(starter.userId()));
    }

    record Starter(String userId, String communeCode) {
    }
}
