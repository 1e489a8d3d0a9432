package vn.digitalteams.team;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import vn.digitalteams.shared.TypedText;
import vn.digitalteams.shared.VietnameseDates;

/** A resident known to the system, identified nationally by their citizen id. */
@Entity
public class Person {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_OCCUPATION_LENGTH = 100;
    /** The plan admits high-school students; younger children are not members. */
    static final int MIN_AGE = 14;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String fullName;
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    private PhoneNumber phone;
    private CitizenId citizenId;
    @ManyToOne(fetch = FetchType.LAZY)
    private Village village;
    private String occupation;
    @Column(name = "is_student")
    private boolean student;
    private String userId;

    protected Person() {
    }

    /** Validates everything a referral says and builds the person, or refuses with a Vietnamese reason. */
    static Person register(PersonDetails details, Village village, LocalDate today) {
        Person person = new Person();
        person.fullName = normalizedName(details.fullName());
        person.birthDate = requireAdult(details.birthDate(), today);
        if (details.gender() == null) {
            throw invalid("person.gender.required");
        }
        person.gender = details.gender();
        person.citizenId = new CitizenId(details.citizenId());
        person.citizenId.requireConsistentWith(person.birthDate, person.gender);
        person.phone = PhoneNumber.ofNullable(details.phone());
        person.village = village;
        person.occupation = optionalText(details.occupation(), MAX_OCCUPATION_LENGTH, "person.occupation.tooLong");
        person.student = details.isStudent();
        person.userId = details.userId();
        return person;
    }

    /** What the referral said, as registered: the name trimmed and in NFC, the phone in national form. */
    PersonDetails details() {
        return new PersonDetails(fullName, birthDate, gender, phone == null ? null : phone.value(), citizenId.value(),
                village == null ? null : village.code(), occupation, student, userId);
    }

    /** A citizen id already on file must describe the same person the referral describes. */
    boolean isSamePersonAs(PersonDetails details) {
        return fullName.equalsIgnoreCase(normalizedName(details.fullName()))
                && birthDate.equals(details.birthDate());
    }

    /**
     * The name as typed under {@link TypedText}'s rule (so the same name typed on two keyboards, with composed
     * or combining diacritics, compares equal); a person's name has letters and nothing but letters, spaces
     * and the marks some names carry (the apostrophe of Ê Đê names such as "H'Hen Niê", a hyphen, a dot).
     */
    private static String normalizedName(String name) {
        String normalized = TypedText.line(name);
        if (normalized == null) {
            throw invalid("person.fullName.required");
        }
        if (!TypedText.hasLetter(normalized) || !normalized.codePoints().allMatch(Person::mayStandInAName)) {
            throw invalid("person.fullName.letters", normalized);
        }
        if (normalized.codePointCount(0, normalized.length()) > MAX_NAME_LENGTH) {
            throw invalid("person.fullName.tooLong", MAX_NAME_LENGTH);
        }
        return normalized;
    }

    private static boolean mayStandInAName(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || codePoint == ' ' || codePoint == '\'' || codePoint == '\u2019' || codePoint == '-' || codePoint == '.';
    }

    private static LocalDate requireAdult(LocalDate birthDate, LocalDate today) {
        if (birthDate == null) {
            throw invalid("person.birthDate.required");
        }
        if (birthDate.plusYears(MIN_AGE).isAfter(today) || birthDate.isBefore(today.minusYears(120))) {
            throw invalid("person.birthDate.invalid", VietnameseDates.format(birthDate), MIN_AGE);
        }
        return birthDate;
    }

    private static String optionalText(String typed, int maxLength, String tooLongKey) {
        String text = TypedText.line(typed);
        if (text != null && text.codePointCount(0, text.length()) > maxLength) {
            throw invalid(tooLongKey, maxLength);
        }
        return text;
    }

    public Long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public CitizenId citizenId() {
        return citizenId;
    }

    public String userId() {
        return userId;
    }
}
