package vn.digitalteams.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.digitalteams.shared.VietnameseDates;

/**
 * Start listener of activity-record: checks the form and records the activity in the start's own
 * transaction. A refusal throws before any instance exists (the whole start rolls back) and Tasklist
 * shows its Vietnamese message on the form; the instance then only keeps what was recorded, by id.
 */
@Component("activityRecordIntake")
class ActivityRecordIntake implements ExecutionListener {

    static final String PROCESS_KEY = "activity-record";

    private final ActivityRecorder recorder;

    ActivityRecordIntake(ActivityRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Activity activity = recorder.record(new ActivityForm(execution).entry());
        execution.setVariable("activityId", activity.id());
        execution.setVariable("communeCode", activity.communeCode());
        execution.setVariable("teamCode", activity.teamCode());
        // Stored as yyyy-MM-dd whatever was typed, so every reader sees one format.
        execution.setVariable("date", activity.date().toString());
        execution.setVariable("dateText", VietnameseDates.format(activity.date()));
        execution.setVariable("typeLabel", activity.type().label());
        execution.setVariable("count", (long) activity.count());
        execution.setVariable("vulnerableCount", (long) activity.vulnerableCount());
        execution.setVariable("detail", activity.detail());
    }
}
