package vn.digitalteams.scamreport;

import java.util.List;

import vn.digitalteams.shared.Messages;

/** The codes a report uses for its kind of scam and the channel it came through, and their Vietnamese labels. */
final class ScamCodes {

    static final List<String> CATEGORIES = List.of("impersonation", "fake-app", "investment-fraud", "job-scam",
            "deepfake", "account-takeover", "fake-recovery", "loan-threat", "harmful-content", "other");
    static final List<String> CHANNELS = List.of("phone", "sms", "zalo", "facebook", "website", "in-person", "other");
    static final List<String> OUTCOMES = List.of("handled", "referred", "no-offence");
    static final List<String> SEVERITIES = List.of("urgent", "high", "normal");

    private ScamCodes() {
    }

    static String categoryLabel(String code) {
        return Messages.get("scam.category." + code);
    }

    static String channelLabel(String code) {
        return Messages.get("scam.channel." + code);
    }

    static String outcomeLabel(String code) {
        return Messages.get("scam.outcome." + code);
    }

    static String severityLabel(String code) {
        return Messages.get("scam.severity." + code);
    }

    /**
     * The task priority of a severity (Camunda's 0–100 scale, 50 its default): urgent 90, high 70, normal 50.
     * The police's list puts the higher first; Tasklist marks urgent and high in colour.
     */
    static int severityPriority(String code) {
        return 90 - 20 * SEVERITIES.indexOf(code);
    }
}
