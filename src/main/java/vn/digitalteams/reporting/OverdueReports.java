package vn.digitalteams.reporting;

import java.time.Clock;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import vn.digitalteams.shared.OpenWork;

/** Reporting tasks past their due date (village reports, consolidation, review), for the landing page. */
@Component
class OverdueReports implements OpenWork {

    private final TaskService taskService;
    private final Clock clock;

    OverdueReports(TaskService taskService, Clock clock) {
        this.taskService = taskService;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "overdueReports";
    }

    @Override
    public long count(List<String> communes) {
        TaskQuery query = taskService.createTaskQuery().processDefinitionKey(PeriodicReportVariables.PROCESS_KEY)
                .dueBefore(Date.from(clock.instant()));
        return (communes == null ? query : query.tenantIdIn(communes.toArray(String[]::new))).count();
    }
}
