package vn.digitalteams.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import vn.digitalteams.team.TeamDirectory;

/**
 * The activities teams record, and their totals over a period. Totals are one GROUP BY in the
 * database over an index range (team or commune, then date), never rows loaded and added up here:
 * the national log grows by tens of millions of rows a year.
 */
@Service
class ActivityLog {

    private final JdbcTemplate jdbc;
    private final ActivityRepository activities;
    private final TeamDirectory teams;

    ActivityLog(JdbcTemplate jdbc, ActivityRepository activities, TeamDirectory teams) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.teams = teams;
    }

    /** The team's totals for activities dated from {@code from} to {@code to}, both included. */
    ActivitySummary summarize(String teamCode, LocalDate from, LocalDate to) {
        Map<ActivityType, ActivitySummary.Totals> totals = new EnumMap<>(ActivityType.class);
        jdbc.query("select type, sum(count), sum(vulnerable_count) from activity "
                + "where team_code = ? and activity_date between ? and ? group by type",
                (ResultSet rs) -> {
                    totals.put(type(rs), totals(rs, 2));
                }, teamCode, from, to);
        return new ActivitySummary(totals);
    }

    /** The totals of each team of the commune (commune-level and village teams), by team code; a team with nothing recorded maps to an empty summary. */
    Map<String, ActivitySummary> summarizeTeamsOf(String communeCode, LocalDate from, LocalDate to) {
        Map<String, Map<ActivityType, ActivitySummary.Totals>> byTeam = new LinkedHashMap<>();
        teams.teamCodesOf(communeCode).forEach(team -> byTeam.put(team, new EnumMap<>(ActivityType.class)));
        jdbc.query("select team_code, type, sum(count), sum(vulnerable_count) from activity "
                + "where commune_code = ? and activity_date between ? and ? group by team_code, type",
                (ResultSet rs) -> {
                    // Teams never leave their commune, so every row's team is listed; should one not be,
                    // its totals are still reported rather than silently dropped.
                    byTeam.computeIfAbsent(rs.getString(1), team -> new EnumMap<>(ActivityType.class))
                            .put(ActivityType.ofCode(rs.getString(2)).orElseThrow(), totals(rs, 3));
                }, communeCode, from, to);
        Map<String, ActivitySummary> summaries = new LinkedHashMap<>();
        byTeam.forEach((team, totals) -> summaries.put(team, new ActivitySummary(totals)));
        return summaries;
    }

    /** The team's activities in the period, newest first, at most {@code limit}. */
    List<Activity> latestOfTeam(String teamCode, LocalDate from, LocalDate to, int limit) {
        return activities.findByTeamCodeAndActivityDateBetweenOrderByActivityDateDescIdDesc(teamCode, from, to,
                Limit.of(limit));
    }

    /** The activities of all the commune's teams in the period, newest first, at most {@code limit}. */
    List<Activity> latestOfCommune(String communeCode, LocalDate from, LocalDate to, int limit) {
        return activities.findByCommuneCodeAndActivityDateBetweenOrderByActivityDateDescIdDesc(communeCode, from, to,
                Limit.of(limit));
    }

    private static ActivityType type(ResultSet rs) throws SQLException {
        String code = rs.getString(1);
        return ActivityType.ofCode(code).orElseThrow(() -> new IllegalStateException("Unknown activity type " + code));
    }

    private static ActivitySummary.Totals totals(ResultSet rs, int firstColumn) throws SQLException {
        return new ActivitySummary.Totals(rs.getLong(firstColumn), rs.getLong(firstColumn + 1));
    }
}
