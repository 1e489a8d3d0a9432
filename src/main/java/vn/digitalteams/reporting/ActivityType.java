package vn.digitalteams.reporting;

import java.util.Arrays;
import java.util.Optional;

import vn.digitalteams.shared.Messages;
import vn.digitalteams.team.Team;

/**
 * What a team records (DOMAIN.md, "Activities the teams record"). The code is the REST contract's,
 * the variable the name a report form's field binds to, the label what users read.
 *
 * <p>Each type has a plausible maximum for one team in a month: what a full team ({@value Team#MAX_MEMBERS}
 * members) does on 20 working days (volunteers, beside their own work) at the pace one member can keep, or
 * for gatherings so many events of a usual size. A village report above it is not refused but must be
 * explained ({@link PlausibleFigures}); a quarter's maximum is three months'. README, "Activities and
 * periodic reports", has the same table.
 */
public enum ActivityType {
    /** 3 households a member a day: a visit, with the explaining, takes an hour or more. 600. */
    HOUSEHOLD_VISIT("household-visit", "householdVisit", Plausible.perMemberAndWorkingDay(3)),
    /** 4 accounts a member a day: installing the app and registering with the citizen's phone. 800. */
    VNEID_LEVEL_1("vneid-level-1", "vneidLevel1", Plausible.perMemberAndWorkingDay(4)),
    /** 2 a member a day: level 2 needs the commune police's check of the face and ID card. 400. */
    VNEID_LEVEL_2("vneid-level-2", "vneidLevel2", Plausible.perMemberAndWorkingDay(2)),
    /** 2 dossiers a member a day: filling in and attaching papers with the resident. 400. */
    ONLINE_PUBLIC_SERVICE("online-public-service", "onlinePublicService", Plausible.perMemberAndWorkingDay(2)),
    /** 3 a member a day: an account opened with eKYC and mobile banking set up. 600. */
    BANK_ACCOUNT("bank-account", "bankAccount", Plausible.perMemberAndWorkingDay(3)),
    /** 3 a member a day, like a bank account. 600. */
    E_WALLET("e-wallet", "eWallet", Plausible.perMemberAndWorkingDay(3)),
    /** 5 a member a day: a QR code or a bill payment set up on a phone that already banks. 1,000. */
    CASHLESS_PAYMENT("cashless-payment", "cashlessPayment", Plausible.perMemberAndWorkingDay(5)),
    /** 1 a member a day: a shop or product needs photos, a description and a price. 200. */
    E_COMMERCE("e-commerce", "eCommerce", Plausible.perMemberAndWorkingDay(1)),
    /** 4 a member a day: the health book is opened inside VNeID. 800. */
    HEALTH_BOOK("health-book", "healthBook", Plausible.perMemberAndWorkingDay(4)),
    /** 5 a member a day: installing a weather or farming app takes minutes. 1,000. */
    OTHER_APP("other-app", "otherApp", Plausible.perMemberAndWorkingDay(5)),
    /** People attending: a session a week, 150 people (a community house full). 600. */
    CYBER_SAFETY_SESSION("cyber-safety-session", "cyberSafetySession", Plausible.events(4, 150)),
    /** People attending: two digital days a month at a school or market, 500 people each. 1,000. */
    DIGITAL_DAY_EVENT("digital-day-event", "digitalDayEvent", Plausible.events(2, 500)),
    /** 5 questions a member a day, every day of the month: phones and Zalo do not keep office hours. 1,500. */
    QUESTION_ANSWERED("question-answered", "questionAnswered", Plausible.perMemberAndDay(5));

    private final String code;
    private final String variable;
    private final long plausiblePerMonth;

    ActivityType(String code, String variable, long plausiblePerMonth) {
        this.code = code;
        this.variable = variable;
        this.plausiblePerMonth = plausiblePerMonth;
    }

    public String code() {
        return code;
    }

    public String variable() {
        return variable;
    }

    /**
     * The most one team plausibly reports over {@code months} months (1 for a monthly report, 3 for a
     * quarterly one); the reasoning per type is on its constant.
     */
    long plausibleMaximum(int months) {
        return plausiblePerMonth * months;
    }

    /** As users read it (messages_vi.properties, {@code activity.type.<code>}). */
    public String label() {
        return Messages.get("activity.type." + code);
    }

    public static Optional<ActivityType> ofCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }

    /** The arithmetic of the plausible maxima (a nested class: enum constants cannot use the enum's own statics). */
    private static final class Plausible {
        static final int MEMBERS = Team.MAX_MEMBERS;
        /** A month's weekdays less the odd day of the members' own work, market or family duties. */
        static final int WORKING_DAYS = 20;

        static long perMemberAndWorkingDay(int perDay) {
            return (long) MEMBERS * WORKING_DAYS * perDay;
        }

        /** For what members do whenever they are asked, weekends too: every day of a 30-day month. */
        static long perMemberAndDay(int perDay) {
            return (long) MEMBERS * 30 * perDay;
        }

        static long events(int perMonth, int peopleEach) {
            return (long) perMonth * peopleEach;
        }
    }
}
