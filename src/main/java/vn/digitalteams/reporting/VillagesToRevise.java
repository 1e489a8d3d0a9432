package vn.digitalteams.reporting;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the revision's multi-instance task runs over: {@code ${villagesToRevise.of(execution)}}, the villages
 * the commune team leader just returned, read from the record in the consolidation's transaction (never a
 * list kept as a process variable). Public because the expression language calls public methods of public
 * classes only.
 */
@Component("villagesToRevise")
public class VillagesToRevise {

    private final ReportingCycles cycles;

    VillagesToRevise(ReportingCycles cycles) {
        this.cycles = cycles;
    }

    /**
     * The team codes of the cycle's villages whose report awaits their revision, in code order.
     *
     * @param execution any execution of the cycle's instance (its tenant and business key find the record)
     */
    public List<String> of(DelegateExecution execution) {
        return cycles.villagesToRevise(execution.getTenantId(), execution.getProcessBusinessKey());
    }
}
