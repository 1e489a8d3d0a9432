package vn.digitalteams.engineapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.dto.task.CommentDto;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.digitalteams.identity.Caller;
import vn.digitalteams.identity.WithoutEngineAuthorization;

/**
 * What a task shows a user, answered from our side: {@code GET task/{id}/form-variables}, what Tasklist fills
 * a Camunda Form with, is the task's {@link FormView} from the module that owns its process, in the engine's
 * variable format; {@code GET task/{id}/comment} its comments. The task must be one the caller may see
 * (candidate, assignee, in their commune): {@link VisibleTasks}.
 */
@Component
class TaskContents {

    private final VisibleTasks tasks;
    private final WithoutEngineAuthorization withoutAuthorization;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final Map<String, TaskForms> formsByProcess;

    TaskContents(VisibleTasks tasks, WithoutEngineAuthorization withoutAuthorization, TaskService taskService,
                 RuntimeService runtimeService, RepositoryService repositoryService, List<TaskForms> forms) {
        this.tasks = tasks;
        this.withoutAuthorization = withoutAuthorization;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.formsByProcess = forms.stream().flatMap(module -> module.processKeys().stream()
                .map(key -> Map.entry(key, module))).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * The task's form data as {@code {"name": {"type": "String", "value": ..., "valueInfo": {}}}}.
     *
     * @throws Refusal 404 when the caller cannot see the task, 409 when it is done ({@link VisibleTasks})
     */
    Map<String, Object> of(Caller caller, String taskId) {
        Task task = tasks.of(caller, taskId);
        return withoutAuthorization.call(() -> variables(view(task)));
    }

    /**
     * The task's comments as engine REST lists them ({@code [{"id", "userId", "time", "message", ...}]}),
     * oldest first: the reminders a process writes on an overdue task.
     *
     * @throws Refusal 404 when the caller cannot see the task, 409 when it is done ({@link VisibleTasks})
     */
    List<CommentDto> comments(Caller caller, String taskId) {
        Task task = tasks.of(caller, taskId);
        return withoutAuthorization.call(() -> taskService.getTaskComments(task.getId())).stream()
                .map(CommentDto::fromComment).toList();
    }

    private FormView view(Task task) {
        if (task.getProcessInstanceId() == null) {
            return FormView.of();
        }
        String processKey = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        TaskForms forms = formsByProcess.get(processKey);
        if (forms == null) {
            return FormView.of();
        }
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        return forms.view(new TaskContext(task.getId(), task.getTaskDefinitionKey(), processKey,
                task.getProcessInstanceId(), task.getExecutionId(), task.getTenantId(),
                instance == null ? null : instance.getBusinessKey(), task.getAssignee()));
    }

    private static Map<String, Object> variables(FormView view) {
        Map<String, Object> variables = new LinkedHashMap<>();
        view.values().forEach((name, value) -> variables.put(name, variable(value)));
        return variables;
    }

    /** One value as engine REST writes a variable: its type by Camunda's name, the value, no value info. */
    private static Map<String, Object> variable(Object value) {
        String type = value == null ? "Null" : TYPES.get(value.getClass());
        Map<String, Object> variable = new LinkedHashMap<>();
        variable.put("type", type == null ? "String" : type);
        variable.put("value", type == null ? value.toString() : value);
        variable.put("valueInfo", Map.of());
        return variable;
    }

    private static final Map<Class<?>, String> TYPES = Map.of(String.class, "String", Boolean.class, "Boolean",
            Integer.class, "Integer", Long.class, "Long", Double.class, "Double");
}
