package vn.digitalteams.engineapi;

/**
 * The task a form is shown for, as {@link TaskForms} needs it to find the case record.
 *
 * @param taskDefinitionKey the BPMN id of the user task, "approveMembership"
 * @param processKey        the process definition key, "membership-registration"
 * @param executionId       the task's execution: a multi-instance task (one per village) finds its own
 *                          element there
 * @param communeCode       the instance's tenant
 * @param caseKey           the instance's business key, "TV-2026-0001" (unique within the commune)
 * @param assignee          the task's assignee, or null
 */
public record TaskContext(String taskId, String taskDefinitionKey, String processKey, String processInstanceId,
                          String executionId, String communeCode, String caseKey, String assignee) {
}
