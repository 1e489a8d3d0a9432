package vn.digitalteams.engineapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Camunda Forms deployed with the processes, as {@link FormSchema}s: a start event's and a user
 * task's, resolved by the engine from their {@code camunda:formRef}. A deployment never changes, so each
 * (definition, activity) is read once.
 */
@Component
class DeployedForms {

    private final FormService formService;
    private final ObjectMapper objectMapper;
    private final Map<String, FormSchema> cache = new ConcurrentHashMap<>();

    DeployedForms(FormService formService, ObjectMapper objectMapper) {
        this.formService = formService;
        this.objectMapper = objectMapper;
    }

    /** The start form of a process definition; {@link FormSchema#NONE} when it has none. */
    FormSchema startForm(String processDefinitionId) {
        return cache.computeIfAbsent(processDefinitionId + "#start",
                key -> read(() -> formService.getDeployedStartForm(processDefinitionId)));
    }

    /** The form of a task; {@link FormSchema#NONE} when its activity has none. */
    FormSchema taskForm(Task task) {
        return cache.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
                key -> read(() -> formService.getDeployedTaskForm(task.getId())));
    }

    private FormSchema read(Supplier<InputStream> form) {
        try (InputStream json = form.get()) {
            return FormSchema.parse(json, objectMapper);
        } catch (BadUserRequestException noCamundaForm) {
            return FormSchema.NONE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
