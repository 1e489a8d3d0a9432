package vn.digitalteams.reporting;

import java.util.Arrays;
import java.util.Optional;

import vn.digitalteams.shared.Messages;

/**
 * What a team records (DOMAIN.md, "Activities the teams record"). The code is the REST contract's,
 * the variable the name a report form's field binds to, the label what users read.
 */
public enum ActivityType {
    HOUSEHOLD_VISIT("household-visit", "householdVisit"),
    VNEID_LEVEL_1("vneid-level-1", "vneidLevel1"),
    VNEID_LEVEL_2("vneid-level-2", "vneidLevel2"),
    ONLINE_PUBLIC_SERVICE("online-public-service", "onlinePublicService"),
    BANK_ACCOUNT("bank-account", "bankAccount"),
    E_WALLET("e-wallet", "eWallet"),
    CASHLESS_PAYMENT("cashless-payment", "cashlessPayment"),
    E_COMMERCE("e-commerce", "eCommerce"),
    HEALTH_BOOK("health-book", "healthBook"),
    OTHER_APP("other-app", "otherApp"),
    CYBER_SAFETY_SESSION("cyber-safety-session", "cyberSafetySession"),
    DIGITAL_DAY_EVENT("digital-day-event", "digitalDayEvent"),
    QUESTION_ANSWERED("question-answered", "questionAnswered");

    private final String code;
    private final String variable;

    ActivityType(String code, String variable) {
        this.code = code;
        this.variable = variable;
    }

    public String code() {
        return code;
    }

    public String variable() {
        return variable;
    }

    /** As users read it (messages_vi.properties, {@code activity.type.<code>}). */
    public String label() {
        return Messages.get("activity.type." + code);
    }

    public static Optional<ActivityType> ofCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
