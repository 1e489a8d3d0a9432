package vn.digitalteams.scamreport;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.stereotype.Component;

import vn.digitalteams.shared.OpenWork;

/** Scam reports still in hand (police or the filer's close-out), for the landing page. */
@Component
class OpenScamReports implements OpenWork {

    private final RuntimeService runtimeService;

    OpenScamReports(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public String name() {
        return "openScamReports";
    }

    @Override
    public long count(List<String> communes) {
        ProcessInstanceQuery query = runtimeService.createProcessInstanceQuery().processDefinitionKey(ScamReportIntake.PROCESS_KEY);
        return (communes == null ? query : query.tenantIdIn(communes.toArray(String[]::new))).count();
    }
}
