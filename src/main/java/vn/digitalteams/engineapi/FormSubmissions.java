package vn.digitalteams.engineapi;

import java.util.Iterator;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.digitalteams.identity.Caller;
import vn.digitalteams.identity.Callers;
import vn.digitalteams.identity.WithoutEngineAuthorization;

/**
 * Starts and task completions as forms submit them (engine REST {@code start}, {@code complete},
 * {@code submit-form}, and Tasklist's {@code submit-form}): the body may carry only what the call's form
 * needs, and its variables are held to the deployed form ({@link FormContract}).
 */
@Component
class FormSubmissions {

    /** What a start body may say besides its variables; a business key is the system's to give. */
    private static final Set<String> START_KEYS = Set.of("variables", "businessKey", "withVariablesInReturn");
    /** What starts may carry for an admin only: starting inside the process, or skipping its listeners. */
    private static final Set<String> ADMIN_START_KEYS = Set.of("startInstructions", "skipCustomListeners",
            "skipIoMappings", "caseInstanceId");
    private static final Set<String> TASK_KEYS = Set.of("variables", "withVariablesInReturn");

    private final Callers callers;
    private final WithoutEngineAuthorization withoutAuthorization;
    private final RepositoryService repositoryService;
    private final TaskService taskService;
    private final DeployedForms forms;

    FormSubmissions(Callers callers, WithoutEngineAuthorization withoutAuthorization,
                    RepositoryService repositoryService, TaskService taskService, DeployedForms forms) {
        this.callers = callers;
        this.withoutAuthorization = withoutAuthorization;
        this.repositoryService = repositoryService;
        this.taskService = taskService;
        this.forms = forms;
    }

    /**
     * The start body with its variables checked and made transient. {@code definition} is the path segment
     * after {@code process-definition/}: an id, or {@code key} followed by the key.
     *
     * @throws Refusal 403 for start instructions or skipped listeners (admins excepted), 400 for a business
     *                 key, an unknown body field or a variable outside the start form
     */
    ObjectNode start(Caller caller, String[] segments, JsonNode body) {
        checkKeys(body, START_KEYS, caller.isAdmin() ? ADMIN_START_KEYS : Set.of());
        if (!body.path("businessKey").asText("").isEmpty()) {
            throw Refusal.invalid("form.businessKey.forbidden");
        }
        ProcessDefinition definition = callers.actingAs(caller, () -> "key".equals(segments[1])
                ? repositoryService.createProcessDefinitionQuery().processDefinitionKey(segments[2])
                        .withoutTenantId().latestVersion().singleResult()
                : repositoryService.createProcessDefinitionQuery().processDefinitionId(segments[1]).singleResult());
        if (definition == null) {
            throw Refusal.notFound("process.notFound");
        }
        FormSchema form = withoutAuthorization.call(() -> forms.startForm(definition.getId()));
        return withVariables(body, FormContract.check(form, body.get("variables")));
    }

    /**
     * The completion body with its variables checked and made transient.
     *
     * @throws Refusal 404 for a task the caller cannot see (another commune's, done, unknown), 400 for an
     *                 unknown body field or a variable outside the task's form
     */
    ObjectNode complete(Caller caller, String taskId, JsonNode body) {
        checkKeys(body, TASK_KEYS, Set.of());
        Task task = callers.actingAs(caller, () -> taskService.createTaskQuery().taskId(taskId).singleResult());
        if (task == null) {
            throw Refusal.notFound("task.notFound");
        }
        FormSchema form = withoutAuthorization.call(() -> forms.taskForm(task));
        return withVariables(body, FormContract.check(form, body.get("variables")));
    }

    private static void checkKeys(JsonNode body, Set<String> allowed, Set<String> alsoAllowed) {
        for (Iterator<String> keys = body.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (ADMIN_START_KEYS.contains(key) && !alsoAllowed.contains(key)) {
                throw Refusal.forbidden("engine.call.forbidden");
            }
            if (!allowed.contains(key) && !alsoAllowed.contains(key)) {
                throw Refusal.invalid("form.body.field.unknown", key);
            }
        }
    }

    private static ObjectNode withVariables(JsonNode body, ObjectNode variables) {
        ObjectNode rewritten = ((ObjectNode) body).deepCopy();
        rewritten.set("variables", variables);
        return rewritten;
    }
}
