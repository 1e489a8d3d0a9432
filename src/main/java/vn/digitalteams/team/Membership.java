package vn.digitalteams.team;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** One person's place in one team, made by a Chairman's decision. */
@Entity
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Team team;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Person person;
    @Enumerated(EnumType.STRING)
    private MembershipRole role;
    @Enumerated(EnumType.STRING)
    private MembershipStatus status;
    private LocalDate joinedOn;
    private LocalDate leftOn;
    private String decisionNumber;

    protected Membership() {
    }

    Membership(Team team, Person person, MembershipRole role, LocalDate joinedOn, String decisionNumber) {
        this.team = team;
        this.person = person;
        this.role = role;
        this.status = MembershipStatus.ACTIVE;
        this.joinedOn = joinedOn;
        this.decisionNumber = decisionNumber;
    }

    void recordDecision(String number) {
        this.decisionNumber = number;
    }

    void withdraw(LocalDate on) {
        this.status = MembershipStatus.WITHDRAWN;
        this.leftOn = on;
    }

    void takeRole(MembershipRole newRole) {
        this.role = newRole;
    }

    Team team() {
        return team;
    }

    boolean isActive() {
        return status == MembershipStatus.ACTIVE;
    }

    boolean isActiveIn(MembershipRole wanted) {
        return isActive() && role == wanted;
    }

    public Long id() {
        return id;
    }

    public Person person() {
        return person;
    }

    public MembershipRole role() {
        return role;
    }

    public MembershipStatus status() {
        return status;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public LocalDate leftOn() {
        return leftOn;
    }
}
