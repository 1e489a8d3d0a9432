package vn.digitalteams.tracking;

import static vn.digitalteams.shared.UserFacingException.notFound;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import vn.digitalteams.documents.Documents;
import vn.digitalteams.documents.IssuedDocument;
import vn.digitalteams.identity.CurrentUser;
import vn.digitalteams.identity.Role;
import vn.digitalteams.identity.UserAccounts;
import vn.digitalteams.identity.WithoutEngineAuthorization;
import vn.digitalteams.shared.Messages;
import vn.digitalteams.shared.VietnameseDates;
import vn.digitalteams.tracking.CaseProgress.CaseDocument;
import vn.digitalteams.tracking.CaseProgress.NextStep;

/**
 * Where a case stands, told to whom it concerns: the one who sent it (after the start, and in their list) or
 * the one who just completed a step of it. Anyone else, another commune included, gets "not found" (404),
 * as for a case that does not exist. The engine is read without the caller's own authorizations (a leader
 * may not read the Chairman's task, but is told it waits for the Chairman): who may know is decided here.
 */
@Service
class CaseTracking {

    /** How many of their cases "Hồ sơ tôi đã gửi" shows, newest first. */
    static final int MY_CASES = 50;

    private final HistoryService historyService;
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final WithoutEngineAuthorization withoutAuthorization;
    private final CurrentUser currentUser;
    private final UserAccounts accounts;
    private final Documents documents;
    private final Clock clock;

    CaseTracking(HistoryService historyService, TaskService taskService, RepositoryService repositoryService,
                 WithoutEngineAuthorization withoutAuthorization, CurrentUser currentUser, UserAccounts accounts,
                 Documents documents, Clock clock) {
        this.historyService = historyService;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.withoutAuthorization = withoutAuthorization;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * The case the caller just started: "Đã gửi hồ sơ TV-2026-0019 …", or "Đã ghi nhận." for what has no number.
     *
     * @throws vn.digitalteams.shared.UserFacingException 404 unless the caller started it
     */
    CaseProgress afterStart(String processInstanceId) {
        HistoricProcessInstance instance = withoutAuthorization.call(() -> historyService
                .createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult());
        if (instance == null || !currentUser.id().equals(instance.getStartUserId()) || !ofCallersCommune(instance)) {
            throw notFound("tracking.notFound", processInstanceId);
        }
        // What has no case number (an activity recorded) is only acknowledged.
        return progress(instance, instance.getBusinessKey() == null ? Messages.get("tracking.recorded")
                : Messages.get("tracking.started", instance.getBusinessKey()));
    }

    /**
     * The case of the task the caller just completed: "Đã xong việc “…” của hồ sơ TV-2026-0019 …".
     *
     * @throws vn.digitalteams.shared.UserFacingException 404 unless the caller completed it
     */
    CaseProgress afterTask(String taskId) {
        HistoricTaskInstance task = withoutAuthorization.call(() -> historyService.createHistoricTaskInstanceQuery()
                .taskId(taskId).finished().singleResult());
        if (task == null || !completedByCaller(taskId)) {
            throw notFound("tracking.notFound", taskId);
        }
        HistoricProcessInstance instance = withoutAuthorization.call(() -> historyService
                .createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult());
        if (!ofCallersCommune(instance)) {
            throw notFound("tracking.notFound", taskId);
        }
        return progress(instance, Messages.get("tracking.taskDone", task.getName(), instance.getBusinessKey()));
    }

    /**
     * "Hồ sơ tôi đã gửi": the cases the caller started in their communes, newest first, at most
     * {@value #MY_CASES}; what ends as it starts (an activity recorded) is no case to follow and is left out.
     */
    List<CaseProgress> startedByCaller() {
        String caller = currentUser.id(); // read before the engine is asked as nobody
        String[] communes = currentUser.communes().toArray(String[]::new);
        List<HistoricProcessInstance> started = withoutAuthorization.call(() -> historyService
                .createHistoricProcessInstanceQuery().startedBy(caller).tenantIdIn(communes)
                .orderByProcessInstanceStartTime().desc().listPage(0, MY_CASES));
        return started.stream().filter(this::hadSteps).map(instance -> progress(instance, null)).toList();
    }

    private CaseProgress progress(HistoricProcessInstance instance, String headline) {
        boolean finished = instance.getEndTime() != null;
        List<NextStep> next = finished ? List.of() : nextSteps(instance.getId());
        String state = headline != null ? headline
                : finished ? Messages.get("tracking.finished", VietnameseDates.formatMoment(instance.getEndTime().toInstant()))
                : next.isEmpty() ? Messages.get("tracking.inProgress")
                : Messages.get("tracking.waiting", next.get(0).task(), next.get(0).who());
        List<CaseDocument> issued = documents.readableOfCase(instance.getTenantId(), instance.getBusinessKey()).stream()
                .map(CaseTracking::document).toList();
        return new CaseProgress(instance.getBusinessKey(), procedureName(instance), state, finished,
                instance.getStartTime().toInstant(), next, issued);
    }

    /**
     * The open tasks, one step per BPMN task (the seventeen villages' reports still due are one step,
     * "Báo cáo tháng 11 năm 2026 — 17 người"), nearest first.
     */
    private List<NextStep> nextSteps(String processInstanceId) {
        List<Task> open = withoutAuthorization.call(() -> taskService.createTaskQuery()
                .processInstanceId(processInstanceId).list());
        Map<String, List<Task>> byTask = open.stream()
                .collect(Collectors.groupingBy(Task::getTaskDefinitionKey, LinkedHashMap::new, Collectors.toList()));
        Instant now = clock.instant();
        return byTask.values().stream().map(tasks -> step(tasks, now))
                .sorted(Comparator.comparing(NextStep::dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private NextStep step(List<Task> tasks, Instant now) {
        List<String> who = tasks.stream().map(this::who).distinct().toList();
        Instant due = tasks.stream().map(Task::getDueDate).filter(Objects::nonNull).map(java.util.Date::toInstant)
                .min(Comparator.naturalOrder()).orElse(null);
        String dueText = due == null ? ""
                : Messages.get("tracking.due", VietnameseDates.formatMoment(due), VietnameseDates.timeLeft(due, now));
        return new NextStep(stepName(tasks), who.size() == 1 ? who.get(0)
                : Messages.get("tracking.people", tasks.size()), due, dueText);
    }

    /**
     * A task's name, or for several of one BPMN task what their names share before each one's subject
     * ("Báo cáo tháng 11 năm 2026" of "Báo cáo tháng 11 năm 2026: Bản 02", "…: Bản 03").
     */
    private static String stepName(List<Task> tasks) {
        String first = tasks.get(0).getName();
        int subject = first.lastIndexOf(": ");
        String shared = subject < 0 ? first : first.substring(0, subject);
        return tasks.size() > 1 && tasks.stream().allMatch(task -> task.getName().startsWith(shared + ": ")) ? shared : first;
    }

    /** Who has the task, or the roles that may take it. */
    private String who(Task task) {
        if (task.getAssignee() != null) {
            return accounts.displayName(task.getAssignee());
        }
        Set<String> groups = withoutAuthorization.call(() -> taskService.getIdentityLinksForTask(task.getId())).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
        // In the order the roles rank (Chairman before Vice-Chairman), not the engine's.
        String roles = Arrays.stream(Role.values()).filter(role -> groups.contains(role.groupId()))
                .map(Role::displayName).collect(Collectors.joining(Messages.get("tracking.or")));
        return roles.isEmpty() ? Messages.get("tracking.nobody") : roles;
    }

    private boolean completedByCaller(String taskId) {
        String caller = currentUser.id(); // read before the engine is asked as nobody
        return withoutAuthorization.call(() -> historyService.createUserOperationLogQuery().taskId(taskId)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).userId(caller).count()) > 0;
    }

    private boolean ofCallersCommune(HistoricProcessInstance instance) {
        return instance != null && currentUser.communes().contains(instance.getTenantId());
    }

    private boolean hadSteps(HistoricProcessInstance instance) {
        return instance.getEndTime() == null || withoutAuthorization.call(() -> historyService
                .createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).count()) > 0;
    }

    private String procedureName(HistoricProcessInstance instance) {
        return withoutAuthorization.call(() -> repositoryService.getProcessDefinition(instance.getProcessDefinitionId()))
                .getName();
    }

    private static CaseDocument document(IssuedDocument issued) {
        return new CaseDocument(Messages.get("tracking.document." + issued.type().name(), issued.number(),
                VietnameseDates.format(issued.issuedOn())), "/api/documents/" + issued.id() + "/pdf");
    }
}
