package vn.digitalteams.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import vn.digitalteams.team.Gender;
import vn.digitalteams.team.PersonDetails;

/**
 * Invents plausible residents of a mountain commune of Nghệ An (Thái and Kinh names), with citizen
 * ids and phone numbers that pass validation. Seeded, so every demo database holds the same people.
 */
class DemoResidents {

    /** Nghệ An's provincial code in the citizen id. */
    private static final String PROVINCE = "040";
    private static final List<String> FAMILY = List.of(
            "Lô", "Lương", "Vi", "Lữ", "Kha", "Moong", "Ngân", "Lang", "Hà", "Nguyễn", "Trần", "Lê", "Phan", "Hồ");
    private static final List<String> MALE_MIDDLE = List.of("Văn", "Văn", "Đình", "Thanh", "Minh");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thị", "Thu", "Ngọc", "Thanh");
    private static final List<String> MALE_GIVEN = List.of(
            "Hùng", "Thành", "Dũng", "Cường", "Tuấn", "Phong", "Quang", "Sơn", "Hải", "Bình", "Khánh", "Tùng",
            "Long", "Chiến", "Thắng", "Duy", "Hiếu", "Nam", "Phúc", "Trọng");
    private static final List<String> FEMALE_GIVEN = List.of(
            "Lan", "Hương", "Mai", "Hoa", "Thảo", "Linh", "Ngọc", "Trang", "Hằng", "Nhung", "Xuân", "Yến",
            "Phương", "Hiền", "Duyên", "Oanh", "Vân", "Thủy");
    private static final List<String> PHONE_PREFIXES = List.of(
            "096", "097", "098", "086", "091", "094", "088", "035", "038", "039", "081", "083", "070", "077");

    private final Random random = new Random(2025);
    private final LocalDate today;
    private int serial = 100_000;

    DemoResidents(LocalDate today) {
        this.today = today;
    }

    PersonDetails adult(String villageCode, String occupation) {
        return person(villageCode, occupation, 22 + random.nextInt(38), false);
    }

    PersonDetails student(String villageCode) {
        return person(villageCode, "Học sinh THPT", 16 + random.nextInt(2), true);
    }

    private PersonDetails person(String villageCode, String occupation, int age, boolean student) {
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        boolean male = gender == Gender.MALE;
        String name = pick(FAMILY) + " " + pick(male ? MALE_MIDDLE : FEMALE_MIDDLE) + " "
                + pick(male ? MALE_GIVEN : FEMALE_GIVEN);
        LocalDate birthDate = today.minusYears(age).minusDays(random.nextInt(365));
        return new PersonDetails(name, birthDate, gender, phone(), citizenId(birthDate, gender), villageCode,
                occupation, student, null);
    }

    /** Province + century-and-gender digit + two-digit birth year + serial (Circular 59/2021/TT-BCA). */
    private String citizenId(LocalDate birthDate, Gender gender) {
        int centuryAndGender = (birthDate.getYear() / 100 - 19) * 2 + (gender == Gender.FEMALE ? 1 : 0);
        return PROVINCE + centuryAndGender + String.format("%02d", birthDate.getYear() % 100) + (serial++);
    }

    private String phone() {
        return pick(PHONE_PREFIXES) + String.format("%07d", random.nextInt(10_000_000));
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
