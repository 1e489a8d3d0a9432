package vn.digitalteams.reporting;

/**
 * The process variables of activity-record.bpmn: only the id of the activity it recorded. The activity
 * itself (team, date, type, figures, detail) is its row in the activity table.
 */
final class ActivityRecordVariables {

    static final String PROCESS_KEY = "activity-record";

    /** The {@code activity} row the start recorded. */
    static final String ACTIVITY_ID = "activityId";

    private ActivityRecordVariables() {
    }
}
