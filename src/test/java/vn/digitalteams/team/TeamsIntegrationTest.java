package vn.digitalteams.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.digitalteams.IntegrationTest;
import vn.digitalteams.TestNames;
import vn.digitalteams.shared.Messages;
import vn.digitalteams.shared.UserFacingException;

/** The team rules through the real service and database (H2, or PostgreSQL in CI). */
@IntegrationTest
class TeamsIntegrationTest {

    private static final LocalDate JOINED = LocalDate.of(2026, 11, 25);

    @Autowired Admissions teams;
    @Autowired TeamRepository teamRepository;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void pastTenMembersTheEleventhAndTwelfthJoinAsCollaborators() {
        List<MembershipRole> given = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            long members = teamRepository.findRosterByCode("tam-quang-ban-02").orElseThrow().activeMemberCount();
            for (long i = members; i < 12; i++) {
                given.add(teams.admit("tam-quang", "tam-quang-ban-02", resident(i), MembershipRole.MEMBER, JOINED, null).role());
            }
            Team team = teamRepository.findRosterByCode("tam-quang-ban-02").orElseThrow();
            assertThat(team.activeMemberCount()).isEqualTo(10);
            assertThat(team.activeCollaboratorCount()).isEqualTo(2);
            status.setRollbackOnly();
        });

        assertThat(given).endsWith(MembershipRole.MEMBER, MembershipRole.COLLABORATOR, MembershipRole.COLLABORATOR);
    }

    @Test
    void twoAdmissionsRacingForTheTenthPlaceGetOneMemberAndOneCollaborator() throws Exception {
        String team = "tam-quang-ban-16";
        long members = teamRepository.findRosterByCode(team).orElseThrow().activeMemberCount();
        for (long i = members; i < 9; i++) {
            teams.admit("tam-quang", team, resident(200 + i), MembershipRole.MEMBER, JOINED, null);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<MembershipRole>> racing = pool.invokeAll(List.of(
                    () -> teams.admit("tam-quang", team, resident(300), MembershipRole.MEMBER, JOINED, null).role(),
                    () -> teams.admit("tam-quang", team, resident(301), MembershipRole.MEMBER, JOINED, null).role()));

            assertThat(List.of(racing.get(0).get(), racing.get(1).get()))
                    .containsExactlyInAnyOrder(MembershipRole.MEMBER, MembershipRole.COLLABORATOR);
            assertThat(teamRepository.findRosterByCode(team).orElseThrow().activeMemberCount()).isEqualTo(10);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aDuplicateMembershipIsRefusedInVietnameseAndNothingIsWritten() {
        PersonDetails someone = resident(50);
        transaction.executeWithoutResult(status -> {
            teams.admit("tam-quang", "tam-quang-ban-03", someone, MembershipRole.MEMBER, JOINED, null);
            long before = rows("membership");

            UserFacingException refusal = catchThrowableOfType(UserFacingException.class,
                    () -> teams.admit("tam-quang", "tam-quang-ban-03", someone, MembershipRole.MEMBER, JOINED, null));

            assertThat(Messages.of(refusal)).isEqualTo("Đinh Văn Thử Năm Không đã là thành viên của "
                    + "Tổ công nghệ số cộng đồng bản 03; mỗi người chỉ tham gia một tổ một lần.");
            assertThat(rows("membership")).isEqualTo(before);
            status.setRollbackOnly();
        });
    }

    @Test
    void theSamePersonMayJoinSeveralTeams() {
        PersonDetails someone = resident(60);
        transaction.executeWithoutResult(status -> {
            teams.admit("tam-quang", "tam-quang-ban-04", someone, MembershipRole.MEMBER, JOINED, null);
            teams.admit("tam-quang", "tam-quang-xa", someone, MembershipRole.MEMBER, JOINED, null);
            assertThat(jdbc.queryForObject("select count(*) from membership m join person p on p.id = m.person_id "
                    + "where p.citizen_id = ?", Long.class, someone.citizenId())).isEqualTo(2);
            status.setRollbackOnly();
        });
    }

    @Test
    void aBadCitizenIdIsRefusedInVietnameseAndNothingIsWritten() {
        long people = rows("person");
        long memberships = rows("membership");
        PersonDetails typo = withCitizenId(resident(70), "04009012345");

        UserFacingException refusal = catchThrowableOfType(UserFacingException.class,
                () -> teams.admit("tam-quang", "tam-quang-ban-05", typo, MembershipRole.MEMBER, JOINED, null));

        assertThat(Messages.of(refusal))
                .isEqualTo("Số CCCD \"04009012345\" không hợp lệ: phải gồm đúng 12 chữ số.");
        assertThat(rows("person")).isEqualTo(people);
        assertThat(rows("membership")).isEqualTo(memberships);
    }

    @Test
    void aRefusalAfterThePersonWasRegisteredRollsTheRegistrationBack() {
        long people = rows("person");
        PersonDetails secondLeader = resident(80);

        UserFacingException refusal = catchThrowableOfType(UserFacingException.class,
                () -> teams.admit("tam-quang", "tam-quang-ban-06", secondLeader, MembershipRole.LEADER, JOINED, null));

        assertThat(Messages.of(refusal)).isEqualTo(
                "Tổ công nghệ số cộng đồng bản 06 đã có tổ trưởng; không thể kết nạp thêm tổ trưởng.");
        assertThat(rows("person")).isEqualTo(people);
    }

    @Test
    void aKnownCitizenIdWithAnotherNameIsRefused() {
        PersonDetails original = resident(90);
        transaction.executeWithoutResult(status -> {
            teams.admit("tam-quang", "tam-quang-ban-07", original, MembershipRole.MEMBER, JOINED, null);
            PersonDetails impostor = new PersonDetails("Người Khác", original.birthDate(), original.gender(), null,
                    original.citizenId(), null, null, false, null);

            UserFacingException refusal = catchThrowableOfType(UserFacingException.class,
                    () -> teams.admit("tam-quang", "tam-quang-ban-08", impostor, MembershipRole.MEMBER, JOINED, null));

            assertThat(refusal.messageKey()).isEqualTo("person.citizenId.takenByOther");
            status.setRollbackOnly();
        });
    }

    private long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** A resident with a valid citizen id no demo person has (serial 9xxxxx). */
    private static PersonDetails resident(long n) {
        return new PersonDetails(TestNames.numbered("Đinh Văn Thử", n), LocalDate.of(1990, 6, 1), Gender.MALE, "0987654321",
                String.format("040090%06d", 900_000 + n), "ban-02", "Nông dân", false, null);
    }

    private static PersonDetails withCitizenId(PersonDetails details, String citizenId) {
        return new PersonDetails(details.fullName(), details.birthDate(), details.gender(), details.phone(),
                citizenId, details.villageCode(), details.occupation(), details.isStudent(), null);
    }
}
