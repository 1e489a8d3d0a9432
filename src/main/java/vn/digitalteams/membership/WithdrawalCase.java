package vn.digitalteams.membership;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.digitalteams.shared.Messages;
import vn.digitalteams.team.MembershipRole;
import vn.digitalteams.team.Withdrawals;

/**
 * A leader's proposal that a member leave their team (membership-withdrawal), as
 * {@code Withdrawals.check} accepted it, and what became of it.
 */
@Entity
class WithdrawalCase extends MembershipCase {

    enum Status { AWAITING_APPROVAL, MEMBER_LEFT, REJECTED }

    @Enumerated(EnumType.STRING)
    private Status status;
    private Long membershipId;
    private String memberName;
    private String memberCitizenId;
    @Enumerated(EnumType.STRING)
    private MembershipRole memberRole;
    private String successorCitizenId;
    private String successorName;
    private LocalDate requestDate;
    private String reason;
    private Boolean teamBelowMinimum;
    private String recruitmentPlan;

    protected WithdrawalCase() {
    }

    WithdrawalCase(OpenedCase opened, Withdrawals.Withdrawal withdrawal, String memberCitizenId, LocalDate requestDate,
                   String reason) {
        super(opened, withdrawal.teamCode(), withdrawal.teamName(), withdrawal.communeName(),
                withdrawal.teamEstablishedBy());
        this.status = Status.AWAITING_APPROVAL;
        this.membershipId = withdrawal.membershipId();
        this.memberName = withdrawal.fullName();
        this.memberCitizenId = memberCitizenId;
        this.memberRole = withdrawal.role();
        this.successorCitizenId = withdrawal.successorCitizenId();
        this.successorName = withdrawal.successorName();
        this.requestDate = requestDate;
        this.reason = reason;
    }

    @Override
    boolean isAwaitingApproval() {
        return status == Status.AWAITING_APPROVAL;
    }

    @Override
    void refuse() {
        status = Status.REJECTED;
    }

    /** The membership ended; {@code belowMinimum}: the team kept fewer than five members. */
    void memberLeft(boolean belowMinimum) {
        requireApproved();
        this.status = Status.MEMBER_LEFT;
        this.teamBelowMinimum = belowMinimum;
    }

    void recordRecruitmentPlan(String plan) {
        this.recruitmentPlan = plan;
    }

    Long membershipId() {
        return membershipId;
    }

    @Override
    String personName() {
        return memberName;
    }

    /** The leaving member's role as people read it, "tổ trưởng". */
    String memberRoleName() {
        return Messages.get("role." + memberRole.name().toLowerCase());
    }

    String successorCitizenId() {
        return successorCitizenId;
    }

    String successorName() {
        return successorName;
    }

    LocalDate requestDate() {
        return requestDate;
    }

    String reason() {
        return reason;
    }
}
