package vn.digitalteams.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.digitalteams.shared.UserFacingException;

/** The plan's rules on the aggregate itself, without a database. */
class TeamTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final Commune commune = new Commune("tam-quang", "Tam Quang", "Nghệ An");
    private final Team team = new Team("tam-quang-xa", "Tổ công nghệ số cộng đồng xã Tam Quang",
            TeamLevel.COMMUNE, commune, null, "15/QĐ-UBND", LocalDate.of(2025, 3, 10));
    private int serial = 100_000;

    @Test
    void theEleventhAndTwelfthPeopleBecomeCollaborators() {
        team.admit(person(), MembershipRole.LEADER, TODAY, null);
        for (int i = 2; i <= Team.MAX_MEMBERS; i++) {
            assertThat(team.admit(person(), MembershipRole.MEMBER, TODAY, null).role()).isEqualTo(MembershipRole.MEMBER);
        }

        assertThat(team.admit(person(), MembershipRole.MEMBER, TODAY, null).role()).isEqualTo(MembershipRole.COLLABORATOR);
        assertThat(team.admit(person(), MembershipRole.MEMBER, TODAY, null).role()).isEqualTo(MembershipRole.COLLABORATOR);
        assertThat(team.activeMemberCount()).isEqualTo(10);
        assertThat(team.activeCollaboratorCount()).isEqualTo(2);
    }

    @Test
    void aPersonIsActiveOnlyOnceInATeam() {
        Person person = person();
        team.admit(person, MembershipRole.MEMBER, TODAY, null);

        assertThatThrownBy(() -> team.admit(person, MembershipRole.MEMBER, TODAY, null))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("team.member.duplicate");
        assertThat(team.memberships()).hasSize(1);
    }

    @Test
    void aTeamHasOneLeaderAndOneDeputy() {
        team.admit(person(), MembershipRole.LEADER, TODAY, null);
        team.admit(person(), MembershipRole.DEPUTY, TODAY, null);

        assertThatThrownBy(() -> team.admit(person(), MembershipRole.LEADER, TODAY, null))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("team.leader.exists");
        assertThatThrownBy(() -> team.admit(person(), MembershipRole.DEPUTY, TODAY, null))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("team.deputy.exists");
    }

    @Test
    void aFullTeamTakesNoNewLeadership() {
        for (int i = 1; i <= Team.MAX_MEMBERS; i++) {
            team.admit(person(), MembershipRole.MEMBER, TODAY, null);
        }

        assertThatThrownBy(() -> team.admit(person(), MembershipRole.DEPUTY, TODAY, null))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("team.full.forLeadership");
    }

    @Test
    void aVillageTeamNeedsItsVillage() {
        assertThatThrownBy(() -> new Team("x", "x", TeamLevel.VILLAGE, commune, null, "1/QĐ-UBND", TODAY))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("team.village.required");
    }

    private Person person() {
        String citizenId = "040" + "0" + "90" + (serial++);
        return Person.register(new PersonDetails("Lò Văn Hùng", LocalDate.of(1990, 1, 1), Gender.MALE,
                "0912345678", citizenId, null, "Nông dân", false, null), null, TODAY);
    }
}
