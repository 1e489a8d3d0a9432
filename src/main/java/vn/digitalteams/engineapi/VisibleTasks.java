package vn.digitalteams.engineapi;


import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.digitalteams.identity.Caller;
import vn.digitalteams.identity.Callers;
import vn.digitalteams.identity.UserAccounts;
import vn.digitalteams.identity.WithoutEngineAuthorization;
import vn.digitalteams.shared.Messages;
import vn.digitalteams.shared.VietnameseDates;

/**
 * A task by id as the caller may act on it: one their candidate groups, assignment and commune let them see.
 * Another commune's task and an unknown id are alike "not found" (404), so no answer tells which ids exist
 * elsewhere; a completed task that was offered to the caller says who completed it and when (409), so the
 * second of two approvers learns what happened instead of reading an error; to anyone else it is not found.
 */
@Component
class VisibleTasks {

    static final String COMPLETED = "completed";

    private final Callers callers;
    private final WithoutEngineAuthorization withoutAuthorization;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final UserAccounts accounts;

    VisibleTasks(Callers callers, WithoutEngineAuthorization withoutAuthorization, TaskService taskService,
                 HistoryService historyService, UserAccounts accounts) {
        this.callers = callers;
        this.withoutAuthorization = withoutAuthorization;
        this.taskService = taskService;
        this.historyService = historyService;
        this.accounts = accounts;
    }

    /**
     * The open task, as the caller sees it.
     *
     * @throws Refusal 409 {@code task.doneBy} for a task of the caller's commune already completed, else 404
     */
    Task of(Caller caller, String taskId) {
        Task task = callers.actingAs(caller, () -> taskService.createTaskQuery().taskId(taskId).singleResult());
        if (task != null) {
            return task;
        }
        HistoricTaskInstance done = withoutAuthorization.call(() ->
                historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult());
        if (done != null && COMPLETED.equals(done.getDeleteReason()) && done.getEndTime() != null
                && (caller.isAdmin() || (caller.communes().contains(done.getTenantId()) && couldHaveTaken(caller, done)))) {
            String completer = completedBy(done);
            throw Refusal.conflict("task.doneBy", completer == null ? Messages.get("task.someone") : accounts.displayName(completer),
                    VietnameseDates.formatMoment(done.getEndTime().toInstant()));
        }
        throw Refusal.notFound("task.notFound");
    }

    /**
     * The open task, as the caller sees it, for the caller to act on: one someone else has taken (claimed or
     * been given) is theirs to finish or give back, and says who has it (409). Admins act on any.
     *
     * @throws Refusal 409 {@code task.claimedByOther}, and what {@link #of} throws
     */
    Task toActOn(Caller caller, String taskId) {
        Task task = of(caller, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(caller.userId()) && !caller.isAdmin()) {
            throw claimedBy(task.getAssignee());
        }
        return task;
    }

    /** The refusal of a task {@code assignee} (a user id) has taken: 409 naming them as people know them. */
    Refusal claimedBy(String assignee) {
        return Refusal.conflict("task.claimedByOther", accounts.displayName(assignee));
    }

    /** Whether the task was ever the caller's to take: assigned to them, or offered to them or a group of theirs. */
    private boolean couldHaveTaken(Caller caller, HistoricTaskInstance done) {
        if (caller.userId().equals(done.getAssignee())) {
            return true;
        }
        return withoutAuthorization.call(() -> historyService.createHistoricIdentityLinkLogQuery().taskId(done.getId())
                .list()).stream().anyMatch(link -> caller.userId().equals(link.getUserId())
                        || (link.getGroupId() != null && caller.groupIds().contains(link.getGroupId())));
    }

    /** Who completed it, as the operation log has it (a task can be completed unclaimed), else its assignee. */
    private String completedBy(HistoricTaskInstance done) {
        UserOperationLogEntry completion = withoutAuthorization.call(() -> historyService.createUserOperationLogQuery()
                .taskId(done.getId()).operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
                .listPage(0, 1).stream().findFirst().orElse(null));
        return completion != null && completion.getUserId() != null ? completion.getUserId() : done.getAssignee();
    }
}
