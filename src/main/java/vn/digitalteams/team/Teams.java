package vn.digitalteams.team;

import static vn.digitalteams.shared.UserFacingException.forbidden;
import static vn.digitalteams.shared.UserFacingException.invalid;
import static vn.digitalteams.shared.UserFacingException.notFound;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.digitalteams.identity.CommuneTenants;
import vn.digitalteams.shared.VietnameseDates;

/**
 * What other modules do with teams: register communes and villages, establish teams, check referrals
 * and withdrawal proposals against the rules, admit and withdraw people. Every method is one
 * transaction (or joins the caller's): a refusal leaves nothing written.
 */
@Service
@Transactional
public class Teams {

    private final CommuneRepository communes;
    private final VillageRepository villages;
    private final TeamRepository teams;
    private final PersonRepository people;
    private final MembershipRepository memberships;
    private final CommuneTenants tenants;
    private final Clock clock;

    Teams(CommuneRepository communes, VillageRepository villages, TeamRepository teams, PersonRepository people,
          MembershipRepository memberships, CommuneTenants tenants, Clock clock) {
        this.communes = communes;
        this.villages = villages;
        this.teams = teams;
        this.people = people;
        this.memberships = memberships;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** A commune and its Camunda tenant come into being together. */
    public void registerCommune(String code, String name, String province) {
        if (communes.findByCode(code).isPresent()) {
            throw invalid("commune.exists", code);
        }
        communes.save(new Commune(code, name, province));
        tenants.register(code, name);
    }

    @Transactional(readOnly = true)
    public boolean communeExists(String code) {
        return communes.findByCode(code).isPresent();
    }

    public void addVillage(String communeCode, String villageCode, String villageName) {
        villages.save(new Village(commune(communeCode), villageCode, villageName));
    }

    /** Records a team the Chairman established by decision; a village team names its village. */
    public void establishTeam(String communeCode, String villageCode, String teamCode, String teamName,
                              String decisionNumber, LocalDate decisionDate) {
        if (teams.existsByCode(teamCode)) {
            throw invalid("team.exists", teamCode);
        }
        Commune commune = commune(communeCode);
        Village village = villageCode == null ? null : village(commune, villageCode);
        TeamLevel level = village == null ? TeamLevel.COMMUNE : TeamLevel.VILLAGE;
        teams.save(new Team(teamCode, teamName, level, commune, village, decisionNumber, decisionDate));
    }

    /**
     * Admits a person to a team, registering them first if their citizen id is new. The team row is
     * locked for the transaction, so concurrent admissions cannot both take the tenth place.
     *
     * @return the role actually given: a requested member past the limit becomes a collaborator
     */
    public Admission admit(String teamCode, PersonDetails details, MembershipRole role, LocalDate joinedOn,
                           String decisionNumber) {
        Team team = teams.findByCodeForUpdate(teamCode).orElseThrow(() -> notFound("team.notFound", teamCode));
        Village village = details.villageCode() == null || details.villageCode().isBlank() ? null
                : village(team.commune(), details.villageCode());
        Person person = people.findByCitizenId(new CitizenId(details.citizenId()))
                .map(known -> requireSamePerson(known, details))
                .orElseGet(() -> people.save(Person.register(details, village, VietnameseDates.today(clock))));
        Membership membership = team.admit(person, role, joinedOn, decisionNumber);
        teams.flush();
        return new Admission(membership.id(), membership.role());
    }

    /**
     * Checks a leader's referral against the team's rules without writing anything: the team is in
     * the leader's commune and led by them, the person's details are valid, and they are not already
     * an active member. Tells the approver how large the team is now.
     */
    @Transactional(readOnly = true)
    public Referral checkReferral(String teamCode, PersonDetails details, String communeCode, String leaderUserId) {
        Team team = ledTeam(teamCode, communeCode, leaderUserId);
        Village village = village(team.commune(), details.villageCode());
        Optional<Person> known = people.findByCitizenId(new CitizenId(details.citizenId()))
                .map(person -> requireSamePerson(person, details));
        known.ifPresent(team::requireNotActiveMember);
        if (known.isEmpty()) {
            Person.register(details, village, VietnameseDates.today(clock));
        }
        return new Referral(team.name(), team.commune().name(), village.name(), team.activeMemberCount(),
                team.activeMemberCount() >= Team.MAX_MEMBERS, establishedBy(team));
    }

    /** The team a leader means when they name none: the one they lead, if they lead exactly one. */
    @Transactional(readOnly = true)
    public Optional<String> onlyTeamLedBy(String userId) {
        List<String> led = teams.findCodesLedBy(userId);
        return led.size() == 1 ? Optional.of(led.get(0)) : Optional.empty();
    }

    /** A team by its code, as other modules refer to it; refuses an unknown code (404). */
    @Transactional(readOnly = true)
    public TeamRef team(String teamCode) {
        Team team = teams.findWithCommuneByCode(teamCode).orElseThrow(() -> notFound("team.notFound", teamCode));
        return new TeamRef(team.code(), team.name(), team.commune().code(), team.decisionDate());
    }

    /** The codes of the commune's teams, the commune-level team first; none for an unknown commune. */
    @Transactional(readOnly = true)
    public List<String> teamCodesOf(String communeCode) {
        return teams.findCodesOfCommune(communeCode);
    }

    /**
     * The teams a user account acts for: those where its person is an active leader, deputy or member
     * (collaborators are not members of the team itself).
     */
    @Transactional(readOnly = true)
    public List<String> teamCodesWithMember(String userId) {
        return userId == null ? List.of() : teams.findCodesWithMember(userId);
    }

    /** The name of one of the commune's villages; refuses a code the commune does not have. */
    @Transactional(readOnly = true)
    public String villageName(String communeCode, String villageCode) {
        return village(commune(communeCode), villageCode).name();
    }

    /** Every commune's code, in code order: the communes a reporting cycle starts for. */
    @Transactional(readOnly = true)
    public List<String> communeCodes() {
        return communes.findAll().stream().map(Commune::code).sorted().toList();
    }

    /** The commune's village teams with their villages and leaders, in code order: who reports for which village. */
    @Transactional(readOnly = true)
    public List<VillageTeam> villageTeamsOf(String communeCode) {
        return teams.findRosterOfCommune(communeCode).stream()
                .filter(team -> team.level() == TeamLevel.VILLAGE)
                .map(Teams::villageTeam)
                .toList();
    }

    /** One of the commune's village teams, in one query; refuses a code that is not one. */
    @Transactional(readOnly = true)
    public VillageTeam villageTeam(String communeCode, String teamCode) {
        return teams.findRosterByCode(teamCode)
                .filter(team -> team.level() == TeamLevel.VILLAGE && team.commune().code().equals(communeCode))
                .map(Teams::villageTeam)
                .orElseThrow(() -> notFound("team.notFound", teamCode));
    }

    private static VillageTeam villageTeam(Team team) {
        return new VillageTeam(team.code(), team.name(), team.village().orElseThrow().name(),
                team.leader().map(leader -> leader.person().userId()).orElse(null));
    }

    /** Records the number of the decision that admitted a member. */
    public void recordDecision(Long membershipId, String decisionNumber) {
        memberships.findById(membershipId).orElseThrow().recordDecision(decisionNumber);
    }

    /** The team and person of a membership, for a proposal that names the membership by its id. */
    @Transactional(readOnly = true)
    public MemberRef memberRef(Long membershipId) {
        Membership membership = memberships.findById(membershipId)
                .orElseThrow(() -> notFound("membership.id.notFound", String.valueOf(membershipId)));
        return new MemberRef(membership.team().code(), membership.person().citizenId().value());
    }

    /** Checks a leader's withdrawal proposal without writing anything. */
    @Transactional(readOnly = true)
    public Withdrawal checkWithdrawal(String teamCode, String citizenId, String successorCitizenId, String communeCode,
                                      String leaderUserId) {
        Team team = ledTeam(teamCode, communeCode, leaderUserId);
        Membership leaving = activeMembership(team, citizenId);
        Person successor = successor(successorCitizenId);
        team.checkWithdrawal(leaving, successor);
        return new Withdrawal(leaving.id(), leaving.person().fullName(), leaving.role(), team.name(),
                team.commune().name(), successor == null ? null : successor.fullName(), establishedBy(team));
    }

    /**
     * Ends a membership (and hands its role to the successor), with the team row locked.
     *
     * @return whether the team is now below the five members the plan keeps
     */
    public boolean withdraw(Long membershipId, LocalDate leftOn, String successorCitizenId) {
        Membership leaving = memberships.findById(membershipId).orElseThrow();
        Team team = teams.findByCodeForUpdate(leaving.team().code()).orElseThrow();
        team.withdraw(leaving, leftOn, successor(successorCitizenId));
        teams.flush();
        return team.isBelowMinimum();
    }

    /**
     * The communes' teams and active members (leaders, deputies and members, each person once;
     * collaborators are not members), commune by commune, in one query. Unknown codes are left out.
     */
    @Transactional(readOnly = true)
    public List<CommuneFigures> figuresOf(Collection<String> communeCodes) {
        if (communeCodes.isEmpty()) {
            return List.of();
        }
        return teams.countByCommune(communeCodes).stream()
                .map(row -> new CommuneFigures(row.getCode(), row.getName(), row.getTeams(), row.getMembers())).toList();
    }

    /** The same figures for every commune together, in one query. */
    @Transactional(readOnly = true)
    public Figures figuresOfAllCommunes() {
        TeamRepository.Counts counts = teams.countAll();
        return new Figures(counts.getTeams(), counts.getMembers());
    }

    /** How decisions cite the team's founding act: "Quyết định số 15/QĐ-UBND ngày 10 tháng 3 năm 2025". */
    private static String establishedBy(Team team) {
        return "Quyết định số " + team.decisionNumber() + " " + VietnameseDates.inWords(team.decisionDate());
    }

    private Team ledTeam(String teamCode, String communeCode, String leaderUserId) {
        Team team = teams.findRosterByCode(teamCode).orElseThrow(() -> notFound("team.notFound", teamCode));
        if (!team.commune().code().equals(communeCode)) {
            throw invalid("referral.team.otherCommune", team.name());
        }
        if (!team.isLedBy(leaderUserId)) {
            throw forbidden("referral.team.notLeader", team.name());
        }
        return team;
    }

    private Membership activeMembership(Team team, String citizenId) {
        return people.findByCitizenId(new CitizenId(citizenId)).flatMap(team::activeMembershipOf)
                .orElseThrow(() -> notFound("membership.notFound", citizenId, team.name()));
    }

    private Person successor(String citizenId) {
        return citizenId == null || citizenId.isBlank() ? null
                : people.findByCitizenId(new CitizenId(citizenId))
                        .orElseThrow(() -> invalid("withdrawal.replacement.unknown", citizenId));
    }

    private static Person requireSamePerson(Person known, PersonDetails details) {
        if (!known.isSamePersonAs(details)) {
            throw invalid("person.citizenId.takenByOther", known.citizenId());
        }
        return known;
    }

    /** A commune by its code; refuses an unknown one. */
    @Transactional(readOnly = true)
    public Commune commune(String code) {
        return communes.findByCode(code).orElseThrow(() -> notFound("commune.notFound", code));
    }

    private Village village(Commune commune, String villageCode) {
        return villages.findByCommuneAndCode(commune, villageCode)
                .orElseThrow(() -> notFound("village.notFound", villageCode, commune.name()));
    }

    /** A team's code, name, commune and the date of the decision that established it. */
    public record TeamRef(String code, String name, String communeCode, LocalDate establishedOn) {
    }

    /** How many teams and active members. */
    public record Figures(long teams, long members) {
    }

    /** A commune's teams and active members. */
    public record CommuneFigures(String code, String name, long teams, long members) {
    }

    /** The membership an admission created and the role it was given. */
    public record Admission(Long membershipId, MembershipRole role) {
    }

    /** A village team, its village's name and its leader's user account (null when the leader has none). */
    public record VillageTeam(String code, String name, String villageName, String leaderUserId) {
    }

    /** A referral that passed the checks, with what the approver needs to see. */
    public record Referral(String teamName, String communeName, String villageName, long teamSize,
                           boolean teamIsFull, String teamEstablishedBy) {
    }

    /** Which team and which person a membership is. */
    public record MemberRef(String teamCode, String citizenId) {
    }

    /** A withdrawal proposal that passed the checks. */
    public record Withdrawal(Long membershipId, String fullName, MembershipRole role, String teamName,
                             String communeName, String successorName, String teamEstablishedBy) {
    }
}
