package vn.digitalteams.team;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TeamRepository extends JpaRepository<Team, Long> {

    boolean existsByCode(String code);

    /** One query for a commune's roster: teams, their villages, memberships and people. */
    @Query("""
            select distinct t from Team t
              join fetch t.commune c
              left join fetch t.village
              left join fetch t.memberships m
              left join fetch m.person
            where c.code = :communeCode
            order by t.level, t.code""")
    List<Team> findRosterOfCommune(String communeCode);

    @Query("""
            select t from Team t
              join fetch t.commune
              left join fetch t.village
              left join fetch t.memberships m
              left join fetch m.person
            where t.code = :code""")
    Optional<Team> findRosterByCode(String code);

    /** Codes of the teams whose active leader is the person with this user account. */
    @Query("""
            select t.code from Team t join t.memberships m
            where m.person.userId = :userId and m.role = vn.digitalteams.team.MembershipRole.LEADER
              and m.status = vn.digitalteams.team.MembershipStatus.ACTIVE
            order by t.code""")
    List<String> findCodesLedBy(String userId);

    /** Codes of the teams where the person with this user account is an active leader, deputy or member. */
    @Query("""
            select t.code from Team t join t.memberships m
            where m.person.userId = :userId and m.role <> vn.digitalteams.team.MembershipRole.COLLABORATOR
              and m.status = vn.digitalteams.team.MembershipStatus.ACTIVE
            order by t.code""")
    List<String> findCodesWithMember(String userId);

    /** Codes of the commune's teams: the commune-level team first, then the village teams by code. */
    @Query("select t.code from Team t where t.commune.code = :communeCode order by t.level, t.code")
    List<String> findCodesOfCommune(String communeCode);

    @Query("select t from Team t join fetch t.commune where t.code = :code")
    Optional<Team> findWithCommuneByCode(String code);

    /**
     * Per commune: its teams, and the people who are active leaders, deputies or members of them (each
     * person once, however many teams they are in; collaborators are not members). One query.
     */
    @Query("""
            select c.code as code, c.name as name, count(distinct t.id) as teams, count(distinct m.person.id) as members
            from Commune c
              left join Team t on t.commune = c
              left join t.memberships m on m.status = vn.digitalteams.team.MembershipStatus.ACTIVE
                and m.role <> vn.digitalteams.team.MembershipRole.COLLABORATOR
            where c.code in :communeCodes
            group by c.code, c.name
            order by c.name""")
    List<CommuneCounts> countByCommune(Collection<String> communeCodes);

    /** The same figures for every commune together. One query. */
    @Query("""
            select count(distinct t.id) as teams, count(distinct m.person.id) as members
            from Team t
              left join t.memberships m on m.status = vn.digitalteams.team.MembershipStatus.ACTIVE
                and m.role <> vn.digitalteams.team.MembershipRole.COLLABORATOR""")
    Counts countAll();

    interface Counts {
        long getTeams();

        long getMembers();
    }

    interface CommuneCounts extends Counts {
        String getCode();

        String getName();
    }

    /**
     * Locks the team row until the transaction ends, so that two admissions to one team are
     * serialised and the limit of ten holds under concurrency, on H2 and PostgreSQL alike.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Team t where t.code = :code")
    Optional<Team> findByCodeForUpdate(String code);
}
