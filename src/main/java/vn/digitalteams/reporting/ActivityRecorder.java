package vn.digitalteams.reporting;

import static vn.digitalteams.shared.UserFacingException.forbidden;
import static vn.digitalteams.shared.UserFacingException.invalid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.digitalteams.identity.CurrentUser;
import vn.digitalteams.identity.Role;
import vn.digitalteams.shared.Messages;
import vn.digitalteams.shared.TypedText;
import vn.digitalteams.shared.UserFacingException;
import vn.digitalteams.shared.VietnameseDates;
import vn.digitalteams.team.TeamDirectory;
import vn.digitalteams.team.TeamRef;

/**
 * Records what a team did, for the user who is signed in (through {@code /api}, Tasklist or engine
 * REST): every check first, then one insert, so a refusal leaves nothing written. A member records for
 * their own team (leader, deputy or member with an account); the commune leader for any team of the
 * commune.
 */
@Service
@Transactional
public class ActivityRecorder {

    /** One entry counts one day's work of a team; more than this at once is a typing error. */
    static final int MAX_COUNT = 10_000;
    static final int MAX_TEAM_CODE = 60;
    static final int MAX_DETAIL = 200;
    static final int MAX_NOTE = 1000;

    private final ActivityRepository activities;
    private final TeamDirectory teams;
    private final CurrentUser currentUser;
    private final Clock clock;

    ActivityRecorder(ActivityRepository activities, TeamDirectory teams, CurrentUser currentUser, Clock clock) {
        this.activities = activities;
        this.teams = teams;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Checks the entry against the rules and the signed-in user's teams, and stores it. */
    public Activity record(ActivityEntry entry) {
        if (!currentUser.isSignedIn() || currentUser.communes().isEmpty()) {
            throw forbidden("activity.recorder.required");
        }
        String userId = currentUser.id();
        TeamRef team = namedTeam(teamCode(entry.teamCode(), userId));
        if (!currentUser.communes().contains(team.communeCode())) {
            throw forbidden("activity.team.otherCommune", team.name());
        }
        if (!currentUser.hasRole(Role.COMMUNE_LEADER) && !teams.teamCodesWithMember(userId).contains(team.code())) {
            throw forbidden("activity.team.notMember", team.name());
        }

        ActivityType type = type(entry.type());
        LocalDate date = date(entry.date(), team);
        int count = count(entry.count());
        int vulnerable = vulnerable(entry.vulnerableCount(), count);
        String detail = detail(type, text(entry.detail(), "detail", MAX_DETAIL));
        String note = text(entry.note(), "note", MAX_NOTE);
        return activities.saveAndFlush(new Activity(team.communeCode(), team.code(), date, type, count, vulnerable,
                detail, note, userId, clock.instant()));
    }

    /** Whether anything was recorded for the commune's teams (the demo data is written once). */
    @Transactional(readOnly = true)
    public boolean anyRecordedIn(String communeCode) {
        return activities.existsByCommuneCode(communeCode);
    }

    /** The team the entry names; an unknown code is a bad value (400), as the entry is no page. */
    private TeamRef namedTeam(String teamCode) {
        try {
            return teams.team(teamCode);
        } catch (UserFacingException unknown) {
            throw unknown.reason() == UserFacingException.Reason.NOT_FOUND ? unknown.asInvalid() : unknown;
        }
    }

    /** The named team, or the only one the user belongs to. */
    private String teamCode(String named, String userId) {
        String teamCode = text(named, "teamCode", MAX_TEAM_CODE);
        if (teamCode != null) {
            return teamCode;
        }
        List<String> own = teams.teamCodesWithMember(userId);
        if (own.size() != 1) {
            throw invalid("activity.team.required");
        }
        return own.get(0);
    }

    private static ActivityType type(String code) {
        String given = text(code, "type", MAX_DETAIL);
        if (given == null) {
            throw invalid("form.required", label("type"));
        }
        return ActivityType.ofCode(given).orElseThrow(() -> invalid("activity.type.unknown", given));
    }

    private LocalDate date(LocalDate date, TeamRef team) {
        if (date == null) {
            throw invalid("form.required", label("date"));
        }
        LocalDate today = VietnameseDates.today(clock);
        if (date.isAfter(today)) {
            throw invalid("activity.date.future", VietnameseDates.format(date), VietnameseDates.format(today));
        }
        // Also catches a mistyped year (0226 for 2026): a team does nothing before it is established.
        if (team.establishedOn() != null && date.isBefore(team.establishedOn())) {
            throw invalid("activity.date.beforeTeam", VietnameseDates.format(date), team.name(),
                    VietnameseDates.format(team.establishedOn()));
        }
        return date;
    }

    private static int count(Long count) {
        if (count == null) {
            throw invalid("form.required", label("count"));
        }
        if (count < 1 || count > MAX_COUNT) {
            throw invalid("activity.count.range", MAX_COUNT);
        }
        return count.intValue();
    }

    private static int vulnerable(Long vulnerable, int count) {
        if (vulnerable == null) {
            return 0;
        }
        if (vulnerable < 0 || vulnerable > count) {
            throw invalid("activity.vulnerable.range", count);
        }
        return vulnerable.intValue();
    }

    /** Which service, wallet or platform: required for the three types a report breaks down by it. */
    private static String detail(ActivityType type, String detail) {
        return switch (type) {
            case ONLINE_PUBLIC_SERVICE -> {
                if (detail == null) {
                    throw invalid("activity.detail.service.required");
                }
                yield detail;
            }
            case E_WALLET -> ActivityDetails.wallet(detail).orElseThrow(() -> detail == null
                    ? invalid("activity.detail.wallet.required") : invalid("activity.detail.wallet.unknown", detail));
            case E_COMMERCE -> ActivityDetails.platform(detail).orElseThrow(() -> detail == null
                    ? invalid("activity.detail.platform.required") : invalid("activity.detail.platform.unknown", detail));
            default -> detail;
        };
    }

    /** The text under {@link TypedText}'s rule, null when nothing is left; refused when longer than the column. */
    private static String text(String value, String field, int maxLength) {
        String text = TypedText.line(value);
        if (text != null && text.codePointCount(0, text.length()) > maxLength) {
            throw invalid("form.tooLong", label(field), maxLength);
        }
        return text;
    }

    static String label(String field) {
        return Messages.get(ActivityForm.LABELS + field);
    }
}
