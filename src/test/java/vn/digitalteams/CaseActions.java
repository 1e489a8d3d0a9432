package vn.digitalteams;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.springframework.stereotype.Component;

import vn.digitalteams.shared.Messages;
import vn.digitalteams.shared.UserFacingException;

/**
 * What people do with a case in the process tests, each as themselves (their groups and commune):
 * start it, complete a task; assertions then run as the system, which sees everything.
 */
@Component
public class CaseActions {

    private final ProcessEngine engine;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final TestUsers users;

    CaseActions(ProcessEngine engine, RuntimeService runtimeService, TaskService taskService, TestUsers users) {
        this.engine = engine;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.users = users;
    }

    /** Camunda BPM Assert on the application's engine. */
    public void assertOnTheApplicationsEngine() {
        AbstractAssertions.init(engine);
    }

    public ProcessInstance startAs(String user, String processKey, Map<String, Object> variables) {
        users.login(user);
        try {
            return runtimeService.startProcessInstanceByKey(processKey, variables);
        } finally {
            users.logout();
        }
    }

    /** Completes the instance's task (its only one when taskKey is null) as that user, as Tasklist would. */
    public void completeAs(String user, String taskKey, ProcessInstance instance, Map<String, Object> variables) {
        Task task = taskKey == null ? task(instance) : task(taskKey, instance);
        completeTaskAs(user, task.getId(), variables);
    }

    /** Completes one task as that user: for a case with several tasks of one kind (one per village). */
    public void completeTaskAs(String user, String taskId, Map<String, Object> variables) {
        users.login(user);
        try {
            taskService.complete(taskId, variables);
        } finally {
            users.logout();
        }
    }

    /** The started case's business key, or the Vietnamese refusal: for starts racing each other. */
    public String refusalOrKeyOfStart(String user, String processKey, Map<String, Object> variables) {
        try {
            return startAs(user, processKey, variables).getBusinessKey();
        } catch (RuntimeException refused) {
            return vietnameseMessageOf(refused);
        }
    }

    public String refusalOfStart(String user, String processKey, Map<String, Object> variables) {
        return vietnameseMessageOf(catchThrowable(() -> startAs(user, processKey, variables)));
    }

    /** The engine wraps what a listener throws; users see our refusal, found in the cause chain. */
    public static String vietnameseMessageOf(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof UserFacingException refusal) {
                return Messages.of(refusal);
            }
        }
        throw new AssertionError("No refusal in " + thrown, thrown);
    }
}
