package vn.digitalteams.reporting;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Service;

/** The activities teams record, and their totals over a period. */
@Service
class ActivityLog {

    /** The team's totals for activities dated from {@code from} to {@code to}, both included. */
    ActivitySummary summarize(String teamCode, LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("TODO activity helper");
    }

    /** The totals of each team of the commune (commune-level and village teams), by team code; a team with nothing recorded maps to an empty summary. */
    Map<String, ActivitySummary> summarizeTeamsOf(String communeCode, LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("TODO activity helper");
    }
}
