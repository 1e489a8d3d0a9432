package vn.digitalteams.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of activity-record: checks the form and records the activity in the start's own
 * transaction. A refusal throws before any instance exists (the whole start rolls back) and Tasklist
 * shows its Vietnamese message on the form; the instance then keeps only the recorded activity's id.
 */
@Component("activityRecordIntake")
class ActivityRecordIntake implements ExecutionListener {

    private final ActivityRecorder recorder;

    ActivityRecordIntake(ActivityRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Activity activity = recorder.record(new ActivityForm(execution).entry());
        execution.setVariable(ActivityRecordVariables.ACTIVITY_ID, activity.id());
    }
}
