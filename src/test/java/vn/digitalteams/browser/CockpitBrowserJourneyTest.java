package vn.digitalteams.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.digitalteams.IntegrationTest;

/**
 * Journey 3 in a real browser: admin watches the processes in Cockpit, opens an instance's diagram,
 * sees an incident of a failing service task and retries it there once the cause is fixed.
 */
@IntegrationTest
@Tag("browser")
@ExtendWith(ScreenshotOnFailure.class)
class CockpitBrowserJourneyTest {

    private static final String TEST = "CockpitBrowserJourneyTest";
    private static final String COCKPIT = "/camunda/app/cockpit/default/#";
    private static final String PROBE = "Thử sự cố (kiểm thử giao diện)";

    @LocalServerPort int port;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired IncidentProbe probe;

    private Deployment deployment;

    @Test
    void adminSeesProcessesAndDiagramsAndRetriesAnIncidentOnceTheCauseIsFixed() {
        // A throw-away process, shared by all communes as ours are: an async service task that fails.
        BpmnModelInstance model = Bpmn.createExecutableProcess("incident-probe").name(PROBE).camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("work").name("Lấy dữ liệu").camundaAsyncBefore()
                .camundaExpression("${incidentProbe.work()}").endEvent().done();
        deployment = repositoryService.createDeployment().name("incident-probe").addModelInstance("incident-probe.bpmn", model)
                .deploy();
        probe.broken = true;
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("incident-probe", Map.of("communeCode", "tam-quang"));
        Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
        managementService.setJobRetries(job.getId(), 1);
        try {
            managementService.executeJob(job.getId());
        } catch (RuntimeException expected) {
            // the job executor would log it; its last retry is spent, so the engine opens an incident
        }
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isOne();

        Browser admin = Browser.loggedIn(port, TEST, "cockpit", "admin");
        admin.open(COCKPIT + "/processes");
        admin.visibleText(PROBE);
        admin.visibleText("Kết nạp thành viên Tổ công nghệ số");
        for (String key : List.of("membership-registration", "scam-report", "incident-probe")) {
            String name = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                    .singleResult().getName();
            long running = runtimeService.createProcessInstanceQuery().processDefinitionKey(key).count();
            WebElement row = admin.visible(By.xpath("//tr[.//*[text()[normalize-space(.)=" + Browser.literal(name) + "]]]"));
            assertThat(row.findElements(By.tagName("td")).stream().map(cell -> cell.getText().trim()))
                    .as("the running instances of %s", name).contains(String.valueOf(running));
        }
        admin.screenshot("01-cockpit-processes-with-running-instances");

        admin.open(COCKPIT + "/process-instance/" + instance.getId() + "/runtime");
        admin.visible(By.cssSelector(".djs-container"));
        admin.visible(By.cssSelector(".djs-container [data-element-id=work]"));
        admin.settle();
        admin.screenshot("02-cockpit-instance-diagram");

        admin.open(COCKPIT + "/process-instance/" + instance.getId() + "/runtime?tab=incidents-tab");
        admin.visibleText(IncidentProbe.FAILURE);
        // The incident's type: Cockpit writes the engine's failedJob as "Failed Job" in code, not from its locale.
        assertThat(admin.visible(By.cssSelector("table.incidents-tab td.type")).getText()).isEqualTo("Công việc nền bị lỗi");
        assertThat(admin.pageText()).doesNotContain("Failed Job").doesNotContain("failedJob").doesNotContain("Message is null");
        admin.screenshot("03-cockpit-instance-incident");

        probe.broken = false;
        admin.click(By.xpath("//*[contains(@class,'glyphicon-repeat')]/ancestor::*[self::a or self::button][1]"));
        admin.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Thử lại']"));
        admin.visibleText("Đã hoàn tất việc tăng số lần thử lại.");
        admin.visible(By.xpath("//div[contains(@class,'modal-content')]//td[contains(@class,'status')]//span[contains(@class,'glyphicon-ok')]"));
        admin.screenshot("04-cockpit-retry-done");
        admin.clickButton("Đồng ý");
        Job retried = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(retried.getRetries()).isOne();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();

        // The job executor is off in tests; run the retried job as it would.
        managementService.executeJob(retried.getId());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getState()).isEqualTo("COMPLETED");

        admin.open(COCKPIT + "/processes");
        WebElement row = admin.visible(By.xpath("//tr[.//*[text()[normalize-space(.)=" + Browser.literal(PROBE) + "]]]"));
        admin.settle();
        assertThat(row.findElements(By.tagName("td")).stream().map(cell -> cell.getText().trim())).contains("0");
        admin.screenshot("05-cockpit-processes-after-retry");
    }

    @AfterEach
    void removeTheProbe() {
        probe.broken = false;
        if (deployment != null) {
            repositoryService.deleteDeployment(deployment.getId(), true);
        }
    }
}
