package vn.digitalteams.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.digitalteams.identity.Role;
import vn.digitalteams.identity.UserAccounts;
import vn.digitalteams.shared.VietnameseDates;
import vn.digitalteams.team.MembershipRole;
import vn.digitalteams.team.PersonDetails;
import vn.digitalteams.team.Admissions;
import vn.digitalteams.team.Communes;
import vn.digitalteams.team.TeamDirectory;

/**
 * Demo profile only: Tam Quang (18 villages, 19 teams) and Tam Thái (2 villages, to show that
 * communes cannot see each other), with their teams' members and the demo users, password "demo".
 * Written once, in one transaction, after the roles exist ({@code @Order} after AccessSetup).
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String PROVINCE = "Nghệ An";

    private final Communes communes;
    private final TeamDirectory teams;
    private final Admissions admissions;
    private final UserAccounts accounts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoData(Communes communes, TeamDirectory teams, Admissions admissions, UserAccounts accounts, TransactionTemplate transaction, Clock clock) {
        this.communes = communes;
        this.teams = teams;
        this.admissions = admissions;
        this.accounts = accounts;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (communes.exists("tam-quang")) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            DemoResidents residents = new DemoResidents(VietnameseDates.today(clock));
            seedCommune(residents, "tam-quang", "Tam Quang", "", 18, LocalDate.of(2025, 3, 10));
            accounts.createDemoAccount("chutich", "Lương Văn", "Hùng", PASSWORD, "tam-quang", Set.of(Role.CHAIRMAN));
            accounts.createDemoAccount("phochutich", "Hà Thị", "Thủy", PASSWORD, "tam-quang", Set.of(Role.VICE_CHAIRMAN));
            accounts.createDemoAccount("congan", "Lô Văn", "Thắng", PASSWORD, "tam-quang", Set.of(Role.POLICE));
            accounts.createDemoAccount("truongcongan", "Vi Đình", "Chiến", PASSWORD, "tam-quang",
                    EnumSet.of(Role.POLICE, Role.POLICE_CHIEF));
            accounts.createDemoAccount("vanhoa", "Nguyễn Thị", "Hương", PASSWORD, "tam-quang", Set.of(Role.OFFICER));

            seedCommune(residents, "tam-thai", "Tam Thái", "tamthai-", 2, LocalDate.of(2025, 3, 12));
            accounts.createDemoAccount("chutich-tamthai", "Lữ Văn", "Bình", PASSWORD, "tam-thai", Set.of(Role.CHAIRMAN));
            accounts.createDemoAccount("congan-tamthai", "Kha Văn", "Sơn", PASSWORD, "tam-thai", Set.of(Role.POLICE));
        });
        log.info("Demo data written: communes tam-quang and tam-thai, their teams and demo users");
    }

    /**
     * A commune with its villages, its commune-level team and one team per village, 5 to 9 people each.
     * The commune team's leader is {@code totruong-<prefix>xa} (consolidates the commune's reports);
     * each village leader is {@code totruong-<prefix>ban-NN}.
     */
    private void seedCommune(DemoResidents residents, String code, String name, String userPrefix, int villages,
                             LocalDate established) {
        communes.register(code, name, PROVINCE);
        String decision = (code.equals("tam-quang") ? "15" : "21") + "/QĐ-UBND";
        IntStream.rangeClosed(1, villages).mapToObj(DemoData::villageCode)
                .forEach(village -> communes.addVillage(code, village, "Bản " + village.substring(4)));

        teams.establish(code, null, code + "-xa", "Tổ công nghệ số cộng đồng xã " + name, decision, established);
        String communeLeaderUser = "totruong-" + userPrefix + "xa";
        seedTeam(residents, code, code + "-xa", villageCode(1), 9, "Bí thư Đoàn xã", communeLeaderUser,
                Role.COMMUNE_LEADER);

        for (int n = 1; n <= villages; n++) {
            String village = villageCode(n);
            String team = code + "-" + village;
            teams.establish(code, village, team, "Tổ công nghệ số cộng đồng bản " + village.substring(4),
                    decision, established);
            seedTeam(residents, code, team, village, 5 + (n * 7) % 5, "Trưởng bản",
                    "totruong-" + userPrefix + village, Role.VILLAGE_LEADER);
        }
    }

    private void seedTeam(DemoResidents residents, String communeCode, String teamCode, String village, int size,
                          String leaderOccupation, String leaderUser, Role leaderRole) {
        LocalDate joined = LocalDate.of(2025, 3, 15);
        PersonDetails leader = residents.adult(village, leaderOccupation).withUserId(leaderUser);
        String[] names = splitGivenName(leader.fullName());
        accounts.createDemoAccount(leaderUser, names[0], names[1], PASSWORD, communeCode, Set.of(leaderRole));
        admissions.admit(communeCode, teamCode, leader, MembershipRole.LEADER, joined, null);
        admissions.admit(communeCode, teamCode, residents.adult(village, "Bí thư Chi đoàn"), MembershipRole.DEPUTY, joined, null);
        for (int i = 2; i < size; i++) {
            PersonDetails member = i % 4 == 3 ? residents.student(village) : residents.adult(village, occupation(i));
            admissions.admit(communeCode, teamCode, member, MembershipRole.MEMBER, joined, null);
        }
    }

    private static String occupation(int i) {
        String[] occupations = {"Giáo viên", "Nhân viên y tế", "Nhân viên bưu điện", "Nông dân",
                "Nhân viên Viettel", "Công an viên", "Kinh doanh"};
        return occupations[i % occupations.length];
    }

    private static String villageCode(int n) {
        return String.format("ban-%02d", n);
    }

    /** "Lô Văn Hùng" → {"Lô Văn", "Hùng"}: Camunda's first and last name fields. */
    private static String[] splitGivenName(String fullName) {
        int lastSpace = fullName.lastIndexOf(' ');
        return new String[] {fullName.substring(0, lastSpace), fullName.substring(lastSpace + 1)};
    }
}
