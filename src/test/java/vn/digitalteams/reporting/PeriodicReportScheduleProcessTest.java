package vn.digitalteams.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.digitalteams.CaseActions;
import vn.digitalteams.IntegrationTest;
import vn.digitalteams.shared.VietnameseDates;
import vn.digitalteams.team.Communes;

/**
 * Every path of processes/periodic-report-schedule.bpmn. The engine's clock is set to a reporting day
 * (the timer's job is then run at once, as the job executor would at 08:00), in years no other test
 * reports on.
 */
@IntegrationTest
class PeriodicReportScheduleProcessTest {

    private static final String SCHEDULE = "periodic-report-schedule";

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;
    @Autowired CaseActions cases;
    @Autowired Communes communes;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void useTheApplicationsEngine() {
        cases.assertOnTheApplicationsEngine();
    }

    @AfterEach
    void resetTheEnginesClock() {
        ClockUtil.reset();
    }

    @Test
    void onThe25thEveryCommuneGetsOneMonthlyCycleEvenWhenTheTimerRunsTwice() {
        setTheEngineClockTo(LocalDate.of(2024, 11, 25));

        List<HistoricProcessInstance> runs = List.of(runTheSchedule(), runTheSchedule()); // the second: the cron's next job, run at once

        for (String commune : communes.codes()) {
            assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("periodic-report")
                    .processInstanceBusinessKey("BC-" + commune + "-2024-11").list()).hasSize(1)
                    .allSatisfy(cycle -> assertThat(cycle.getTenantId()).isEqualTo(commune));
        }
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike("BC-%-2024-Q4").count()).isZero();
        assertThat(runs).allSatisfy(run -> assertThat(run.getTenantId()).as("the schedule belongs to no commune").isNull());
        ProcessInstance tamQuang = cycle("BC-tam-quang-2024-11");
        List<Task> villageTasks = taskService.createTaskQuery().processInstanceId(tamQuang.getId()).list();
        assertThat(villageTasks).hasSize(PeriodicReportProcessTest.TAM_QUANG_VILLAGES)
                .allSatisfy(task -> assertThat(task.getDueDate()).isEqualTo(Date.from(ReportDeadline.of(LocalDate.of(2024, 11, 28)))));
        assertThat(villageTasks).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, PeriodicReportProcessTest.TAM_QUANG_VILLAGES)
                        .mapToObj(n -> String.format("totruong-ban-%02d", n)).toList());
        assertThat(managementService.createJobQuery().activityId("reportingDayArrived").count())
                .as("the schedule stays armed for next month").isOne();
    }

    @Test
    void inTheLastMonthOfAQuarterTheQuarterlyCycleOpensToo() {
        setTheEngineClockTo(LocalDate.of(2023, 12, 25));

        HistoricProcessInstance run = runTheSchedule();

        assertThat(run.getEndActivityId()).isEqualTo("cyclesStarted");
        assertThat(cycle("BC-tam-quang-2023-12")).isNotNull();
        ProcessInstance quarter = cycle("BC-tam-quang-2023-Q4");
        assertThat(jdbc.queryForMap("select period, due_on, started_by, status from reporting_cycle "
                + "where commune_code = 'tam-quang' and case_key = 'BC-tam-quang-2023-Q4'"))
                .containsEntry("PERIOD", "2023-Q4").containsEntry("DUE_ON", java.sql.Date.valueOf(LocalDate.of(2023, 12, 28)))
                .containsEntry("STARTED_BY", null).containsEntry("STATUS", "COLLECTING");
        assertThat(runtimeService.getVariables(quarter.getId())).as("what the schedule passed was transient")
                .containsOnlyKeys(PeriodicReportVariables.CASE_KEY, PeriodicReportVariables.DUE_AT,
                        PeriodicReportVariables.REMINDER_AT);
        assertThat(taskService.createTaskQuery().processInstanceId(quarter.getId()).taskAssignee("totruong-ban-01")
                .singleResult().getName()).isEqualTo("Báo cáo quý IV năm 2023: Bản 01");
    }

    private static void setTheEngineClockTo(LocalDate reportingDay) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(reportingDay, LocalTime.of(8, 0))
                .atZone(VietnameseDates.ZONE).toInstant()));
    }

    /** Runs the timer's job, then each commune's job it created; returns the finished schedule instance. */
    private HistoricProcessInstance runTheSchedule() {
        List<String> earlier = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(SCHEDULE).list()
                .stream().map(HistoricProcessInstance::getId).toList();
        Job timer = managementService.createJobQuery().activityId("reportingDayArrived").singleResult();
        managementService.executeJob(timer.getId());
        HistoricProcessInstance run = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(SCHEDULE)
                .list().stream().filter(instance -> !earlier.contains(instance.getId())).findFirst().orElseThrow();
        List<Job> perCommune;
        while (!(perCommune = managementService.createJobQuery().processInstanceId(run.getId()).list()).isEmpty()) {
            perCommune.forEach(job -> managementService.executeJob(job.getId()));
        }
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(run.getId()).singleResult();
    }

    private ProcessInstance cycle(String caseKey) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("periodic-report")
                .processInstanceBusinessKey(caseKey).singleResult();
    }
}
