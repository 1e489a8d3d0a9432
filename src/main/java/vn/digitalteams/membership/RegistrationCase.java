package vn.digitalteams.membership;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.digitalteams.team.Admissions;
import vn.digitalteams.team.Gender;
import vn.digitalteams.team.MembershipRole;
import vn.digitalteams.team.PersonDetails;

/**
 * A referral of a resident into a team (membership-registration), as {@code Admissions.checkReferral}
 * accepted and normalised it, and what became of it.
 */
@Entity
class RegistrationCase extends MembershipCase {

    enum Status { AWAITING_APPROVAL, ADMITTED, REJECTED, WITHDRAWN }

    @Enumerated(EnumType.STRING)
    private Status status;
    private String fullName;
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    private String phone;
    private String citizenId;
    private String villageCode;
    private String villageName;
    private String occupation;
    @Column(name = "is_student")
    private boolean student;
    private String referralReason;
    private int teamSize;
    private boolean teamIsFull;
    @Enumerated(EnumType.STRING)
    private MembershipRole admittedAs;
    private Long membershipId;

    protected RegistrationCase() {
    }

    RegistrationCase(OpenedCase opened, Admissions.Referral referral, String referralReason) {
        super(opened, referral.teamCode(), referral.teamName(), referral.communeName(), referral.teamEstablishedBy());
        PersonDetails person = referral.person();
        this.status = Status.AWAITING_APPROVAL;
        this.fullName = person.fullName();
        this.birthDate = person.birthDate();
        this.gender = person.gender();
        this.phone = person.phone();
        this.citizenId = person.citizenId();
        this.villageCode = person.villageCode();
        this.villageName = referral.villageName();
        this.occupation = person.occupation();
        this.student = person.isStudent();
        this.referralReason = referralReason;
        this.teamSize = Math.toIntExact(referral.teamSize());
        this.teamIsFull = referral.teamIsFull();
    }

    @Override
    boolean isAwaitingApproval() {
        return status == Status.AWAITING_APPROVAL;
    }

    @Override
    void refuse() {
        status = Status.REJECTED;
    }

    /** The referring leader took the referral back before the Chairman decided. */
    void withdraw() {
        requireAwaitingApproval("withdraw");
        status = Status.WITHDRAWN;
    }

    /** The person joined the team as {@code role} (a collaborator when it had ten members) by {@code membershipId}. */
    void admitted(MembershipRole role, Long membershipId) {
        requireApproved();
        this.status = Status.ADMITTED;
        this.admittedAs = role;
        this.membershipId = membershipId;
    }

    /** The person as the team registers them (no user account: residents referred have none). */
    PersonDetails person() {
        return new PersonDetails(fullName, birthDate, gender, phone, citizenId, villageCode, occupation, student, null);
    }

    @Override
    String personName() {
        return fullName;
    }

    LocalDate birthDate() {
        return birthDate;
    }

    Gender gender() {
        return gender;
    }

    String citizenId() {
        return citizenId;
    }

    String villageName() {
        return villageName;
    }

    String occupation() {
        return occupation;
    }

    String referralReason() {
        return referralReason;
    }

    int teamSize() {
        return teamSize;
    }

    boolean teamIsFull() {
        return teamIsFull;
    }

    boolean admittedAsCollaborator() {
        return admittedAs == MembershipRole.COLLABORATOR;
    }
}
