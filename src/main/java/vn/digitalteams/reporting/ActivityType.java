package vn.digitalteams.reporting;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a team records (DOMAIN.md, "Activities the teams record"). The code is the REST contract's,
 * the variable the name a report form's field binds to, the label what users read.
 */
public enum ActivityType {
    HOUSEHOLD_VISIT("household-visit", "householdVisit", "Đến từng hộ gia đình hướng dẫn"),
    VNEID_LEVEL_1("vneid-level-1", "vneidLevel1", "Tài khoản VNeID mức 1"),
    VNEID_LEVEL_2("vneid-level-2", "vneidLevel2", "Tài khoản VNeID mức 2"),
    ONLINE_PUBLIC_SERVICE("online-public-service", "onlinePublicService", "Hồ sơ dịch vụ công trực tuyến"),
    BANK_ACCOUNT("bank-account", "bankAccount", "Tài khoản ngân hàng, Mobile Banking"),
    E_WALLET("e-wallet", "eWallet", "Ví điện tử"),
    CASHLESS_PAYMENT("cashless-payment", "cashlessPayment", "Thanh toán không dùng tiền mặt (QR, hóa đơn)"),
    E_COMMERCE("e-commerce", "eCommerce", "Gian hàng, sản phẩm trên sàn thương mại điện tử"),
    HEALTH_BOOK("health-book", "healthBook", "Sổ sức khỏe điện tử"),
    OTHER_APP("other-app", "otherApp", "Ứng dụng tiện ích khác"),
    CYBER_SAFETY_SESSION("cyber-safety-session", "cyberSafetySession", "Người dự tuyên truyền an toàn trên mạng"),
    DIGITAL_DAY_EVENT("digital-day-event", "digitalDayEvent", "Người dự Ngày hội công nghệ số"),
    QUESTION_ANSWERED("question-answered", "questionAnswered", "Câu hỏi được giải đáp qua điện thoại, Zalo");

    private final String code;
    private final String variable;
    private final String label;

    ActivityType(String code, String variable, String label) {
        this.code = code;
        this.variable = variable;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String variable() {
        return variable;
    }

    public String label() {
        return label;
    }

    public static Optional<ActivityType> ofCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
