package vn.digitalteams.team;

import static vn.digitalteams.shared.UserFacingException.invalid;
import static vn.digitalteams.shared.UserFacingException.notFound;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.digitalteams.shared.CommuneMismatch;
import vn.digitalteams.shared.VietnameseDates;

/**
 * Joining a team (the plan: a resident is referred by the team leader and approved by the Chairman):
 * checking a referral against the team's rules, admitting the person, recording the decision's number.
 * Every method is one transaction or joins the caller's: a refusal leaves nothing written.
 */
@Service
@Transactional
public class Admissions {

    private final TeamRepository teams;
    private final PersonRepository people;
    private final MembershipRepository memberships;
    private final Communes communes;
    private final LedTeams ledTeams;
    private final Clock clock;

    Admissions(TeamRepository teams, PersonRepository people, MembershipRepository memberships, Communes communes,
               LedTeams ledTeams, Clock clock) {
        this.teams = teams;
        this.people = people;
        this.memberships = memberships;
        this.communes = communes;
        this.ledTeams = ledTeams;
        this.clock = clock;
    }

    /**
     * Checks a leader's referral without writing anything: the team is in the leader's commune and led
     * by them, the person's details are valid, and they are not already an active member. Returns the
     * referral as registered (the name trimmed and in NFC, the phone in national form) and what the
     * approver needs to see.
     */
    @Transactional(readOnly = true)
    public Referral checkReferral(String teamCode, PersonDetails details, String communeCode, String leaderUserId) {
        Team team = ledTeams.ledBy(teamCode, communeCode, leaderUserId);
        Village village = communes.village(team.commune(), details.villageCode());
        Optional<Person> known = people.findByCitizenId(new CitizenId(details.citizenId()))
                .map(person -> requireSamePerson(person, details));
        known.ifPresent(team::requireNotActiveMember);
        PersonDetails registered = Person.register(details, village, VietnameseDates.today(clock)).details();
        return new Referral(team.code(), team.name(), team.commune().name(), village.name(), registered,
                team.activeMemberCount(), team.activeMemberCount() >= Team.MAX_MEMBERS, team.establishedBy());
    }

    /**
     * Admits a person to a team of the commune, registering them first if their citizen id is new. The
     * team row is locked for the transaction, so concurrent admissions cannot both take the tenth place.
     *
     * @return the role actually given: a requested member past the limit becomes a collaborator
     * @throws CommuneMismatch when the team is not the commune's
     */
    public Admission admit(String communeCode, String teamCode, PersonDetails details, MembershipRole role,
                           LocalDate joinedOn, String decisionNumber) {
        Team team = teams.findByCodeForUpdate(teamCode).orElseThrow(() -> notFound("team.notFound", teamCode));
        if (!team.commune().code().equals(communeCode)) {
            throw new CommuneMismatch("admission to " + teamCode, "case " + communeCode + ", team " + team.commune().code());
        }
        Village village = details.villageCode() == null || details.villageCode().isBlank() ? null
                : communes.village(team.commune(), details.villageCode());
        Person person = people.findByCitizenId(new CitizenId(details.citizenId()))
                .map(known -> requireSamePerson(known, details))
                .orElseGet(() -> people.save(Person.register(details, village, VietnameseDates.today(clock))));
        Membership membership = team.admit(person, role, joinedOn, decisionNumber);
        teams.flush();
        return new Admission(membership.id(), membership.role());
    }

    /** Records the number of the decision that admitted a member. */
    public void recordDecision(Long membershipId, String decisionNumber) {
        memberships.findById(membershipId).orElseThrow().recordDecision(decisionNumber);
    }

    private static Person requireSamePerson(Person known, PersonDetails details) {
        if (!known.isSamePersonAs(details)) {
            throw invalid("person.citizenId.takenByOther", known.citizenId());
        }
        return known;
    }

    /**
     * A referral that passed the checks: the team, the person as registered, and what the approver needs
     * to see (the team's size now, whether it is full, the decision that established it).
     */
    public record Referral(String teamCode, String teamName, String communeName, String villageName,
                           PersonDetails person, long teamSize, boolean teamIsFull, String teamEstablishedBy) {
    }

    /** The membership an admission created and the role it was given. */
    public record Admission(Long membershipId, MembershipRole role) {
    }
}
