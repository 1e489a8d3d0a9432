package vn.digitalteams.team;

import static vn.digitalteams.shared.UserFacingException.invalid;
import static vn.digitalteams.shared.UserFacingException.notFound;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.digitalteams.identity.CommuneTenants;

/**
 * Communes and their villages: registering them (each commune is also a Camunda tenant), looking
 * them up, and the figures the landing page shows. Every method is one transaction or joins the
 * caller's.
 */
@Service
@Transactional
public class Communes {

    private final CommuneRepository communes;
    private final VillageRepository villages;
    private final TeamRepository teams;
    private final CommuneTenants tenants;

    Communes(CommuneRepository communes, VillageRepository villages, TeamRepository teams, CommuneTenants tenants) {
        this.communes = communes;
        this.villages = villages;
        this.teams = teams;
        this.tenants = tenants;
    }

    /** A commune and its Camunda tenant come into being together; a second one with the code is refused. */
    public void register(String code, String name, String province) {
        if (communes.findByCode(code).isPresent()) {
            throw invalid("commune.exists", code);
        }
        communes.save(new Commune(code, name, province));
        tenants.register(code, name);
    }

    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return communes.findByCode(code).isPresent();
    }

    public void addVillage(String communeCode, String villageCode, String villageName) {
        villages.save(new Village(commune(communeCode), villageCode, villageName));
    }

    /** A commune by its code; refuses an unknown one (404). */
    @Transactional(readOnly = true)
    public Commune commune(String code) {
        return communes.findByCode(code).orElseThrow(() -> notFound("commune.notFound", code));
    }

    /** Every commune's code, in code order: the communes a reporting cycle starts for. */
    @Transactional(readOnly = true)
    public List<String> codes() {
        return communes.findAll().stream().map(Commune::code).sorted().toList();
    }

    /** The name of one of the commune's villages ("Bản 03"); refuses a code the commune does not have. */
    @Transactional(readOnly = true)
    public String villageName(String communeCode, String villageCode) {
        return village(commune(communeCode), villageCode).name();
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
    public Figures figuresOfAll() {
        TeamRepository.Counts counts = teams.countAll();
        return new Figures(counts.getTeams(), counts.getMembers());
    }

    Village village(Commune commune, String villageCode) {
        return villages.findByCommuneAndCode(commune, villageCode)
                .orElseThrow(() -> notFound("village.notFound", villageCode, commune.name()));
    }

    /** How many teams and active members. */
    public record Figures(long teams, long members) {
    }

    /** A commune's teams and active members. */
    public record CommuneFigures(String code, String name, long teams, long members) {
    }
}
