package vn.digitalteams.engineapi;

import java.util.Iterator;
import java.util.Set;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.rest.dto.runtime.ProcessInstanceDto;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import vn.digitalteams.identity.Caller;
import vn.digitalteams.identity.Callers;
import vn.digitalteams.identity.WithoutEngineAuthorization;

/**
 * Starts and task completions as forms submit them (engine REST {@code start}, {@code complete},
 * {@code submit-form}, and Tasklist's {@code submit-form}), run here as the caller rather than by Camunda's
 * REST resources: the body may carry only what the call's form needs, its variables are held to the
 * deployed form and set transient ({@link FormContract}), and a refusal of the engine or of our listeners
 * answers in Vietnamese with its own status ({@link EngineFailures}) where Camunda's resources would answer
 * 500. The answers are Camunda's: the started instance as JSON, 204 for a completion.
 */
@Component
class FormSubmissions {

    /** What a start body may say besides its variables; a business key is the system's to give. */
    private static final Set<String> START_KEYS = Set.of("variables", "businessKey", "withVariablesInReturn");
    /** What only an admin's start may carry (starting inside the process, skipping its listeners); Camunda runs it. */
    static final Set<String> ADMIN_START_KEYS = Set.of("startInstructions", "skipCustomListeners", "skipIoMappings",
            "caseInstanceId");
    private static final Set<String> TASK_KEYS = Set.of("variables", "withVariablesInReturn");

    private final Callers callers;
    private final WithoutEngineAuthorization withoutAuthorization;
    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final FormService formService;
    private final DeployedForms forms;
    private final VisibleTasks tasks;

    FormSubmissions(Callers callers, WithoutEngineAuthorization withoutAuthorization,
                    RepositoryService repositoryService, RuntimeService runtimeService, TaskService taskService,
                    FormService formService, DeployedForms forms, VisibleTasks tasks) {
        this.callers = callers;
        this.withoutAuthorization = withoutAuthorization;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.formService = formService;
        this.forms = forms;
        this.tasks = tasks;
    }

    /** Whether Camunda's own resource should run this start: an admin's, with start instructions or skipped listeners. */
    static boolean isAdminStart(Caller caller, JsonNode body) {
        return caller.isAdmin() && ADMIN_START_KEYS.stream().anyMatch(body::has);
    }

    /**
     * Starts the process as the caller. {@code segments} are the call's path after the engine:
     * {@code process-definition/<id>/start} or {@code process-definition/key/<key>/submit-form}.
     *
     * @return the started instance as engine REST shows it ({@code businessKey} is the case number)
     * @throws Refusal 403 for start instructions or skipped listeners, 400 for a business key, an unknown body
     *                 field or a variable outside the start form, and the engine's or intake's refusal
     */
    ProcessInstanceDto start(Caller caller, String[] segments, JsonNode body) {
        checkKeys(body, START_KEYS);
        if (!body.path("businessKey").asText("").isEmpty()) {
            throw Refusal.invalid("form.businessKey.forbidden");
        }
        boolean byKey = "key".equals(segments[1]);
        ProcessDefinition definition = callers.actingAs(caller, () -> byKey
                ? repositoryService.createProcessDefinitionQuery().processDefinitionKey(segments[2])
                        .withoutTenantId().latestVersion().singleResult()
                : repositoryService.createProcessDefinitionQuery().processDefinitionId(segments[1]).singleResult());
        if (definition == null) {
            throw Refusal.notFound("process.notFound");
        }
        FormSchema form = withoutAuthorization.call(() -> forms.startForm(definition.getId()));
        VariableMap variables = FormContract.check(form, body.get("variables"));
        boolean submitForm = "submit-form".equals(segments[segments.length - 1]);
        ProcessInstance started = run(caller, () -> submitForm
                ? formService.submitStartForm(definition.getId(), variables)
                : runtimeService.startProcessInstanceById(definition.getId(), variables));
        return ProcessInstanceDto.fromProcessInstance(started);
    }

    /**
     * Completes the task as the caller ({@code complete} or {@code submit-form}, the last path segment).
     *
     * @throws Refusal 404 for a task the caller cannot see, 409 for one already done or someone else's, 400 for an unknown body
     *                 field or a variable outside the task's form, and the engine's or listener's refusal
     */
    void complete(Caller caller, String[] segments, JsonNode body) {
        checkKeys(body, TASK_KEYS);
        Task task = tasks.toActOn(caller, segments[1]);
        FormSchema form = withoutAuthorization.call(() -> forms.taskForm(task));
        VariableMap variables = FormContract.check(form, body.get("variables"));
        boolean submitForm = "submit-form".equals(segments[segments.length - 1]);
        try {
            run(caller, () -> {
                if (submitForm) {
                    formService.submitTaskForm(task.getId(), variables);
                } else {
                    taskService.complete(task.getId(), variables);
                }
                return null;
            });
        } catch (Refusal refusal) {
            // Two approvers at once: the loser's completion fails on whatever the winner changed (a member
            // already admitted, a row version); what the loser needs to hear is who did it, and when.
            tasks.of(caller, task.getId());
            throw refusal;
        }
    }

    /** Refuses a body field the call does not take, and asking for the process's variables back. */
    private static void checkKeys(JsonNode body, Set<String> allowed) {
        for (Iterator<String> keys = body.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (ADMIN_START_KEYS.contains(key)) {
                throw Refusal.forbidden("engine.call.forbidden");
            }
            if (!allowed.contains(key)) {
                throw Refusal.invalid("form.body.field.unknown", key);
            }
        }
        if (body.path("withVariablesInReturn").asBoolean(false)) {
            throw Refusal.invalid("form.body.field.unknown", "withVariablesInReturn");
        }
    }

    private <T> T run(Caller caller, java.util.function.Supplier<T> work) {
        try {
            return callers.actingAs(caller, work);
        } catch (RuntimeException failure) {
            throw EngineFailures.refusalOf(failure);
        }
    }
}
