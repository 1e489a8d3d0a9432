package vn.digitalteams.engineapi;

import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import vn.digitalteams.identity.Caller;
import vn.digitalteams.identity.Callers;

/**
 * Taking a task ({@code claim}) and giving it back ({@code unclaim}) as Tasklist does, run here as the caller:
 * one claims only for oneself and gives back only what one has, a task someone else has says who has it
 * (409), a task the caller cannot see is not found (404).
 */
@Component
class TaskActions {

    private final Callers callers;
    private final TaskService taskService;
    private final VisibleTasks tasks;

    TaskActions(Callers callers, TaskService taskService, VisibleTasks tasks) {
        this.callers = callers;
        this.taskService = taskService;
        this.tasks = tasks;
    }

    /** Claims the task for the body's {@code userId}, which must be the caller (admins may name anyone). */
    void claim(Caller caller, String taskId, JsonNode body) {
        String userId = body.path("userId").asText(caller.userId());
        if (!caller.isAdmin() && !caller.userId().equals(userId)) {
            throw Refusal.forbidden("engine.call.forbidden");
        }
        Task task = tasks.toActOn(caller, taskId);
        try {
            run(caller, () -> taskService.claim(task.getId(), userId));
        } catch (TaskAlreadyClaimedException meanwhile) {
            throw tasks.claimedBy(meanwhile.getTaskAssignee());
        }
    }

    /** Gives the task back: only who has it (or an admin) may. */
    void unclaim(Caller caller, String taskId) {
        Task task = tasks.toActOn(caller, taskId);
        run(caller, () -> taskService.setAssignee(task.getId(), null));
    }

    private void run(Caller caller, Runnable work) {
        try {
            callers.actingAs(caller, () -> {
                work.run();
                return null;
            });
        } catch (TaskAlreadyClaimedException claimed) {
            throw claimed;
        } catch (RuntimeException failure) {
            throw EngineFailures.refusalOf(failure);
        }
    }
}
