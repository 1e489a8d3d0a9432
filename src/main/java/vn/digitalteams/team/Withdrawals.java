package vn.digitalteams.team;

import static vn.digitalteams.shared.UserFacingException.invalid;
import static vn.digitalteams.shared.UserFacingException.notFound;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.digitalteams.shared.CommuneMismatch;

/**
 * Leaving a team (the plan: the member asks, the leader proposes, the Chairman approves): checking a
 * proposal against the rules and ending the membership, a leader's or deputy's role passing to the
 * named successor. Every method is one transaction or joins the caller's.
 */
@Service
@Transactional
public class Withdrawals {

    private final TeamRepository teams;
    private final PersonRepository people;
    private final MembershipRepository memberships;
    private final LedTeams ledTeams;

    Withdrawals(TeamRepository teams, PersonRepository people, MembershipRepository memberships, LedTeams ledTeams) {
        this.teams = teams;
        this.people = people;
        this.memberships = memberships;
        this.ledTeams = ledTeams;
    }

    /**
     * Checks a leader's withdrawal proposal without writing anything: the member (by citizen id) is an
     * active member of a team the leader leads in their commune, and a leaving leader or deputy names a
     * successor from the team.
     */
    @Transactional(readOnly = true)
    public Withdrawal check(String teamCode, String citizenId, String successorCitizenId, String communeCode,
                            String leaderUserId) {
        Team team = ledTeams.ledBy(teamCode, communeCode, leaderUserId);
        Membership leaving = people.findByCitizenId(new CitizenId(citizenId)).flatMap(team::activeMembershipOf)
                .orElseThrow(() -> notFound("membership.notFound", citizenId, team.name()));
        Person successor = successor(successorCitizenId);
        team.checkWithdrawal(leaving, successor);
        return new Withdrawal(leaving.id(), team.code(), team.name(), team.commune().name(), leaving.person().fullName(),
                leaving.role(), successor == null ? null : successor.citizenId().value(),
                successor == null ? null : successor.fullName(), team.establishedBy());
    }

    /**
     * Ends a membership of one of the commune's teams (and hands its role to the successor), with the team
     * row locked.
     *
     * @return whether the team is now below the five members the plan keeps
     * @throws CommuneMismatch when the membership's team is not the commune's
     */
    public boolean withdraw(String communeCode, Long membershipId, LocalDate leftOn, String successorCitizenId) {
        Membership leaving = memberships.findById(membershipId).orElseThrow();
        Team team = teams.findByCodeForUpdate(leaving.team().code()).orElseThrow();
        if (!team.commune().code().equals(communeCode)) {
            throw new CommuneMismatch("withdrawal from " + team.code(), "case " + communeCode + ", team "
                    + team.commune().code());
        }
        team.withdraw(leaving, leftOn, successor(successorCitizenId));
        teams.flush();
        return team.isBelowMinimum();
    }

    private Person successor(String citizenId) {
        return citizenId == null || citizenId.isBlank() ? null
                : people.findByCitizenId(new CitizenId(citizenId))
                        .orElseThrow(() -> invalid("withdrawal.replacement.unknown", citizenId));
    }

    /** A withdrawal proposal that passed the checks. */
    public record Withdrawal(Long membershipId, String teamCode, String teamName, String communeName, String fullName,
                             MembershipRole role, String successorCitizenId, String successorName,
                             String teamEstablishedBy) {
    }
}
