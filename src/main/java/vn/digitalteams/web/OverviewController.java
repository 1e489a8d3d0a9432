package vn.digitalteams.web;

import java.time.Clock;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.digitalteams.identity.CurrentUser;
import vn.digitalteams.identity.Role;
import vn.digitalteams.identity.WithoutEngineAuthorization;
import vn.digitalteams.team.Communes;
import vn.digitalteams.team.Communes.CommuneFigures;
import vn.digitalteams.team.Communes.Figures;

/**
 * The landing page's numbers for the caller's commune (every commune for an admin): teams, active
 * members, cases awaiting the Chairman, scam reports in hand and overdue periodic reports.
 *
 * <p>The engine is asked without the caller's own authorizations (a team leader may not read the
 * Chairman's tasks, but may know how many wait): the commune is chosen here, by tenant, explicitly.
 */
@RestController
class OverviewController {

    static final List<String> APPROVAL_PROCESSES = List.of("membership-registration", "membership-withdrawal");
    static final List<String> APPROVERS = List.of(Role.CHAIRMAN.groupId(), Role.VICE_CHAIRMAN.groupId());
    static final String SCAM_REPORT_PROCESS = "scam-report";
    static final String PERIODIC_REPORT_PROCESS = "periodic-report";

    private final CurrentUser currentUser;
    private final WithoutEngineAuthorization withoutEngineAuthorization;
    private final Communes communes;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final Clock clock;

    OverviewController(CurrentUser currentUser, WithoutEngineAuthorization withoutEngineAuthorization, Communes communes,
                       TaskService taskService, RuntimeService runtimeService, Clock clock) {
        this.currentUser = currentUser;
        this.withoutEngineAuthorization = withoutEngineAuthorization;
        this.communes = communes;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    @GetMapping("/api/overview")
    Overview overview() {
        if (currentUser.isAdmin()) {
            Figures all = communes.figuresOfAll();
            return withoutEngineAuthorization.call(() -> count(true, List.of(), all.teams(), all.members(), null));
        }
        List<String> tenants = currentUser.communes();
        if (tenants.isEmpty()) {
            return new Overview(false, List.of(), 0, 0, 0, 0, 0);
        }
        List<CommuneFigures> figures = communes.figuresOf(tenants);
        long teamCount = figures.stream().mapToLong(CommuneFigures::teams).sum();
        long memberCount = figures.stream().mapToLong(CommuneFigures::members).sum();
        List<Commune> named = figures.stream().map(c -> new Commune(c.code(), c.name())).toList();
        return withoutEngineAuthorization.call(() -> count(false, named, teamCount, memberCount, tenants));
    }

    /** The engine's figures, for these tenants or (null) for all. */
    private Overview count(boolean allCommunes, List<Commune> communes, long teamCount, long memberCount,
                           List<String> tenants) {
        long openApprovals = inTenants(taskService.createTaskQuery(), tenants)
                .processDefinitionKeyIn(APPROVAL_PROCESSES.toArray(String[]::new))
                .taskCandidateGroupIn(APPROVERS).includeAssignedTasks().count();
        long openScamReports = inTenants(runtimeService.createProcessInstanceQuery(), tenants)
                .processDefinitionKey(SCAM_REPORT_PROCESS).count();
        long overdueReports = inTenants(taskService.createTaskQuery(), tenants)
                .processDefinitionKey(PERIODIC_REPORT_PROCESS).dueBefore(Date.from(clock.instant())).count();
        return new Overview(allCommunes, communes, teamCount, memberCount, openApprovals, openScamReports, overdueReports);
    }

    private static TaskQuery inTenants(TaskQuery query, List<String> tenants) {
        return tenants == null ? query : query.tenantIdIn(tenants.toArray(String[]::new));
    }

    private static ProcessInstanceQuery inTenants(ProcessInstanceQuery query, List<String> tenants) {
        return tenants == null ? query : query.tenantIdIn(tenants.toArray(String[]::new));
    }

    /** A commune the numbers cover. */
    record Commune(String code, String name) {
    }

    /**
     * The numbers: {@code allCommunes} for an admin (then {@code communes} is empty), else the caller's
     * communes by name.
     */
    record Overview(boolean allCommunes, List<Commune> communes, long teams, long members, long openApprovals,
                    long openScamReports, long overdueReports) {
    }
}
