package vn.digitalteams.reporting;

import static vn.digitalteams.shared.UserFacingException.invalid;
import static vn.digitalteams.shared.UserFacingException.notFound;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.digitalteams.identity.CurrentUser;
import vn.digitalteams.shared.VietnameseDates;
import vn.digitalteams.team.Communes;
import vn.digitalteams.team.TeamDirectory;
import vn.digitalteams.team.TeamRef;

/**
 * The activity log over HTTP: team members record what they did; anyone of the commune reads a team's
 * or the commune's activities and totals per type for a period (the current month unless told).
 */
@RestController
@RequestMapping("/api/activities")
class ActivityController {

    /** A listing is for checking recent entries, not for export: the newest this many. */
    static final int LIST_LIMIT = 200;

    private final ActivityRecorder recorder;
    private final ActivityLog log;
    private final TeamDirectory teams;
    private final Communes communes;
    private final CurrentUser currentUser;
    private final Clock clock;

    ActivityController(ActivityRecorder recorder, ActivityLog log, TeamDirectory teams, Communes communes,
                       CurrentUser currentUser, Clock clock) {
        this.recorder = recorder;
        this.log = log;
        this.teams = teams;
        this.communes = communes;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<ActivityView> record(@RequestBody RecordRequest request) {
        Activity activity = recorder.record(request.entry());
        return ResponseEntity.status(HttpStatus.CREATED).body(ActivityView.of(activity));
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<ActivityView> list(@RequestParam(name = "team", required = false) String team,
                            @RequestParam(name = "commune", required = false) String commune,
                            @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Scope scope = scope(team, commune);
        Period period = period(from, to);
        List<Activity> found = scope.team() != null
                ? log.latestOfTeam(scope.team().code(), period.from(), period.to(), LIST_LIMIT)
                : log.latestOfCommune(scope.communeCode(), period.from(), period.to(), LIST_LIMIT);
        return found.stream().map(ActivityView::of).toList();
    }

    @GetMapping("/summary")
    @Transactional(readOnly = true)
    SummaryView summary(@RequestParam(name = "team", required = false) String team,
                        @RequestParam(name = "commune", required = false) String commune,
                        @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Scope scope = scope(team, commune);
        Period period = period(from, to);
        if (scope.team() != null) {
            ActivitySummary summary = log.summarize(scope.team().code(), period.from(), period.to());
            return new SummaryView(scope.team().code(), scope.team().name(), scope.communeCode(), period.from(),
                    period.to(), TypeTotal.of(summary), summary.vulnerableTotal(), null);
        }
        Map<String, ActivitySummary> byTeam = log.summarizeTeamsOf(scope.communeCode(), period.from(), period.to());
        ActivitySummary total = byTeam.values().stream().reduce(ActivitySummary.empty(), ActivitySummary::plus);
        List<TeamTotals> teamTotals = byTeam.entrySet().stream()
                .map(e -> new TeamTotals(e.getKey(), TypeTotal.of(e.getValue()), e.getValue().vulnerableTotal())).toList();
        return new SummaryView(null, null, scope.communeCode(), period.from(), period.to(), TypeTotal.of(total),
                total.vulnerableTotal(), teamTotals);
    }

    /** A team (404 if unknown, 403 if of another commune) or a commune (the caller's own unless named). */
    private Scope scope(String team, String commune) {
        boolean namesTeam = team != null && !team.isBlank();
        boolean namesCommune = commune != null && !commune.isBlank();
        if (namesTeam && namesCommune) {
            throw invalid("activity.scope.both");
        }
        if (namesTeam) {
            TeamRef ref = teams.team(team.strip());
            currentUser.requireAccessTo(ref.communeCode());
            return new Scope(ref, ref.communeCode());
        }
        String communeCode = currentUser.communeToRead(namesCommune ? commune.strip() : null);
        if (!communes.exists(communeCode)) {
            throw notFound("commune.notFound", communeCode);
        }
        return new Scope(null, communeCode);
    }

    /** Both dates included; a missing one is the start or end of the other's month, both missing the current month. */
    private Period period(LocalDate from, LocalDate to) {
        LocalDate anchor = from != null ? from : to != null ? to : VietnameseDates.today(clock);
        LocalDate start = from != null ? from : anchor.withDayOfMonth(1);
        LocalDate end = to != null ? to : anchor.with(TemporalAdjusters.lastDayOfMonth());
        if (start.isAfter(end)) {
            throw invalid("activity.period.invalid", VietnameseDates.format(start), VietnameseDates.format(end));
        }
        return new Period(start, end);
    }

    private record Scope(TeamRef team, String communeCode) {
    }

    private record Period(LocalDate from, LocalDate to) {
    }

    /** The JSON body of POST /api/activities; numbers and the date are read here, to refuse them in Vietnamese. */
    record RecordRequest(String teamCode, String date, String type, Object count, Object vulnerableCount,
                         String detail, String note) {

        ActivityEntry entry() {
            return new ActivityEntry(teamCode, date(date), type,
                    ActivityForm.wholeNumber(count, ActivityRecorder.label("count")),
                    ActivityForm.wholeNumber(vulnerableCount, ActivityRecorder.label("vulnerableCount")), detail, note);
        }

        private static LocalDate date(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return VietnameseDates.parseDay(text);
            } catch (DateTimeException e) {
                throw invalid("activity.date.format", ActivityRecorder.label("date"));
            }
        }
    }

    /** An activity as stored, with the Vietnamese labels of its codes. */
    record ActivityView(Long id, String communeCode, String teamCode, LocalDate date, String type, String typeLabel,
                        int count, int vulnerableCount, String detail, String detailLabel, String note,
                        String recordedBy, Instant recordedAt) {

        static ActivityView of(Activity a) {
            return new ActivityView(a.id(), a.communeCode(), a.teamCode(), a.date(), a.type().code(), a.type().label(),
                    a.count(), a.vulnerableCount(), a.detail(), ActivityDetails.label(a.type(), a.detail()), a.note(),
                    a.recordedBy(), a.recordedAt());
        }
    }

    /** Totals of a team ({@code team}, {@code teamName}) or of a commune (with {@code teams}, each team's totals). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SummaryView(String team, String teamName, String commune, LocalDate from, LocalDate to,
                       List<TypeTotal> totals, long vulnerableTotal, List<TeamTotals> teams) {
    }

    record TeamTotals(String team, List<TypeTotal> totals, long vulnerableTotal) {
    }

    /** One line per activity type, in the order of {@link ActivityType}, zero when nothing was recorded. */
    record TypeTotal(String type, String label, long count, long vulnerable) {

        static List<TypeTotal> of(ActivitySummary summary) {
            return Arrays.stream(ActivityType.values())
                    .map(t -> new TypeTotal(t.code(), t.label(), summary.count(t), summary.vulnerable(t))).toList();
        }
    }
}
