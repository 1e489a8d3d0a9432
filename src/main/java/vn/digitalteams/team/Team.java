package vn.digitalteams.team;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;

import vn.digitalteams.shared.Messages;

/**
 * A Community Digital Technology Team (Tổ công nghệ số cộng đồng), commune- or village-level.
 * The aggregate that enforces the plan's membership rules; leader and deputy are the active
 * memberships in those roles, so there is one source of truth for who leads.
 */
@Entity
public class Team {

    /** The plan: "Tối đa không quá 10 thành viên"; past that, people join the collaborator group. */
    public static final int MAX_MEMBERS = 10;
    /** The plan keeps teams at five to ten members; below five the leader must recruit. */
    public static final int MIN_MEMBERS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private TeamLevel level;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Commune commune;
    @ManyToOne(fetch = FetchType.LAZY)
    private Village village;
    private String decisionNumber;
    private LocalDate decisionDate;
    @OneToMany(mappedBy = "team", cascade = CascadeType.ALL)
    private List<Membership> memberships = new ArrayList<>();

    protected Team() {
    }

    Team(String code, String name, TeamLevel level, Commune commune, Village village,
         String decisionNumber, LocalDate decisionDate) {
        if (level == TeamLevel.VILLAGE && village == null) {
            throw invalid("team.village.required");
        }
        this.code = code;
        this.name = name;
        this.level = level;
        this.commune = commune;
        this.village = village;
        this.decisionNumber = decisionNumber;
        this.decisionDate = decisionDate;
    }

    /**
     * Admits a person in the requested role. Past {@value #MAX_MEMBERS} active members a new member
     * becomes a collaborator instead; a person is active at most once per team.
     */
    Membership admit(Person person, MembershipRole requestedRole, LocalDate joinedOn, String decisionNumber) {
        requireNotActiveMember(person);
        if (requestedRole == MembershipRole.LEADER && leader().isPresent()) {
            throw invalid("team.leader.exists", name);
        }
        if (requestedRole == MembershipRole.DEPUTY && deputy().isPresent()) {
            throw invalid("team.deputy.exists", name);
        }
        MembershipRole role = requestedRole;
        if (requestedRole.countsTowardsLimit() && activeMemberCount() >= MAX_MEMBERS) {
            if (requestedRole != MembershipRole.MEMBER) {
                throw invalid("team.full.forLeadership", name);
            }
            role = MembershipRole.COLLABORATOR;
        }
        Membership membership = new Membership(this, person, role, joinedOn, decisionNumber);
        memberships.add(membership);
        return membership;
    }

    /**
     * Ends a membership. A leader or deputy leaves only with a named successor, an active member of
     * this team, who takes the role in the same decision.
     */
    void withdraw(Membership leaving, LocalDate leftOn, Person successor) {
        checkWithdrawal(leaving, successor).ifPresent(next -> next.takeRole(leaving.role()));
        leaving.withdraw(leftOn);
    }

    /** Refuses a withdrawal the rules forbid; returns the successor's membership when one is needed. */
    Optional<Membership> checkWithdrawal(Membership leaving, Person successor) {
        if (!leaving.isActive()) {
            throw invalid("membership.notActive", leaving.person().fullName(), name);
        }
        if (leaving.role() != MembershipRole.LEADER && leaving.role() != MembershipRole.DEPUTY) {
            return Optional.empty();
        }
        if (successor == null) {
            throw invalid("withdrawal.replacement.required", leaving.person().fullName());
        }
        return Optional.of(activeMembershipOf(successor)
                .filter(m -> m != leaving && m.role() != MembershipRole.COLLABORATOR)
                .orElseThrow(() -> invalid("withdrawal.replacement.notMember", successor.fullName(), name)));
    }

    void requireNotActiveMember(Person person) {
        if (activeMembershipOf(person).isPresent()) {
            throw invalid("team.member.duplicate", person.fullName(), name);
        }
    }

    public boolean isBelowMinimum() {
        return activeMemberCount() < MIN_MEMBERS;
    }

    Optional<Membership> activeMembershipOf(Person person) {
        return memberships.stream()
                .filter(m -> m.isActive() && m.person().citizenId().equals(person.citizenId())).findFirst();
    }

    boolean isLedBy(String userId) {
        return userId != null && leader().map(m -> userId.equals(m.person().userId())).orElse(false);
    }

    /** Leader, deputy and members: the figure the limit of ten applies to. */
    public long activeMemberCount() {
        return memberships.stream().filter(m -> m.isActive() && m.role().countsTowardsLimit()).count();
    }

    public long activeCollaboratorCount() {
        return memberships.stream().filter(m -> m.isActiveIn(MembershipRole.COLLABORATOR)).count();
    }

    public Optional<Membership> leader() {
        return memberships.stream().filter(m -> m.isActiveIn(MembershipRole.LEADER)).findFirst();
    }

    public Optional<Membership> deputy() {
        return memberships.stream().filter(m -> m.isActiveIn(MembershipRole.DEPUTY)).findFirst();
    }

    public List<Membership> memberships() {
        return List.copyOf(memberships);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public TeamLevel level() {
        return level;
    }

    public Commune commune() {
        return commune;
    }

    public Optional<Village> village() {
        return Optional.ofNullable(village);
    }

    public String decisionNumber() {
        return decisionNumber;
    }

    public LocalDate decisionDate() {
        return decisionDate;
    }

    /** How decisions cite the team's founding act: "Quyết định số 15/QĐ-UBND ngày 10 tháng 3 năm 2025". */
    String establishedBy() {
        return Messages.get("team.establishedBy", decisionNumber, String.valueOf(decisionDate.getDayOfMonth()),
                String.valueOf(decisionDate.getMonthValue()), String.valueOf(decisionDate.getYear()));
    }
}
