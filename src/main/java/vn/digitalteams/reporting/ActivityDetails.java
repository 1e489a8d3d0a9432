package vn.digitalteams.reporting;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

import vn.digitalteams.shared.Messages;

/**
 * What an activity's detail may say for the types that need one: the e-wallets and e-commerce
 * platforms of the plan, as codes (stored, and listed in the table's check constraints) with the names
 * people know them by. Which public service is free text.
 */
final class ActivityDetails {

    static final List<String> WALLETS = List.of("momo", "zalopay", "viettel-money", "vnpt-money");
    static final List<String> PLATFORMS = List.of("vo-so", "postmart", "other");

    private ActivityDetails() {
    }

    /** The wallet's code, given its code or its name ("MoMo", "Viettel Money") in any case; empty if unknown. */
    static Optional<String> wallet(String given) {
        return choice(WALLETS, "activity.wallet.", given);
    }

    /** The platform's code, given its code or its name ("Vỏ Sò", "Postmart"); empty if unknown. */
    static Optional<String> platform(String given) {
        return choice(PLATFORMS, "activity.platform.", given);
    }

    /** What users read for an activity's detail: the wallet's or platform's name, else the detail as entered. */
    static String label(ActivityType type, String detail) {
        if (detail == null) {
            return null;
        }
        return switch (type) {
            case E_WALLET -> Messages.get("activity.wallet." + detail);
            case E_COMMERCE -> Messages.get("activity.platform." + detail);
            default -> detail;
        };
    }

    private static Optional<String> choice(List<String> codes, String labelPrefix, String given) {
        if (given == null) {
            return Optional.empty();
        }
        String wanted = Normalizer.normalize(given.strip(), Normalizer.Form.NFC);
        return codes.stream().filter(code -> code.equalsIgnoreCase(wanted)
                || Messages.get(labelPrefix + code).equalsIgnoreCase(wanted)).findFirst();
    }
}
