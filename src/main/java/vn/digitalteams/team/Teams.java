package vn.digitalteams.team;

import static vn.digitalteams.shared.UserFacingException.invalid;
import static vn.digitalteams.shared.UserFacingException.notFound;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.digitalteams.identity.CommuneTenants;
import vn.digitalteams.shared.VietnameseDates;

/**
 * What other modules do with teams: register communes and villages, establish teams, admit people.
 * Every method is one transaction: a refusal leaves nothing written.
 */
@Service
@Transactional
public class Teams {

    private final CommuneRepository communes;
    private final VillageRepository villages;
    private final TeamRepository teams;
    private final PersonRepository people;
    private final CommuneTenants tenants;
    private final Clock clock;

    Teams(CommuneRepository communes, VillageRepository villages, TeamRepository teams, PersonRepository people,
          CommuneTenants tenants, Clock clock) {
        this.communes = communes;
        this.villages = villages;
        this.teams = teams;
        this.people = people;
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

    private static Person requireSamePerson(Person known, PersonDetails details) {
        if (!known.isSamePersonAs(details)) {
            throw invalid("person.citizenId.takenByOther", known.citizenId());
        }
        return known;
    }

    private Commune commune(String code) {
        return communes.findByCode(code).orElseThrow(() -> notFound("commune.notFound", code));
    }

    private Village village(Commune commune, String villageCode) {
        return villages.findByCommuneAndCode(commune, villageCode)
                .orElseThrow(() -> notFound("village.notFound", villageCode, commune.name()));
    }

    /** The membership an admission created and the role it was given. */
    public record Admission(Long membershipId, MembershipRole role) {
    }
}
