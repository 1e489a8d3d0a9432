package vn.digitalteams.scamreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.digitalteams.IntegrationTest;

/**
 * Each rule of processes/scam-triage.dmn on its own, through the application's decision service;
 * the same table in a bare DMN engine tells which rule matched (hit policy FIRST).
 */
@IntegrationTest
class ScamTriageDmnTest {

    @Autowired DecisionService decisionService;

    @Test
    void rule1MoneyStillMovingIsUrgentWhateverTheCategoryAndAmount() {
        assertTriage("other", 0, true, "urgent", 4, "moneyStillMoving");
        assertTriage("investment-fraud", 50_000_000, true, "urgent", 4, "moneyStillMoving");
    }

    @Test
    void rule2AccountTakeoverWithALossIsUrgent() {
        assertTriage("account-takeover", 1, false, "urgent", 4, "accountTakeoverWithLoss");
        assertTriage("account-takeover", 0, false, "normal", 72, "otherwiseNormal");
    }

    @Test
    void rule3ALossOfTenMillionOrMoreIsHigh() {
        assertTriage("job-scam", 10_000_000, false, "high", 24, "largeLoss");
        assertTriage("job-scam", 9_999_999, false, "normal", 72, "otherwiseNormal");
    }

    @Test
    void rule4DeepfakeOrImpersonationWithALossIsHigh() {
        assertTriage("deepfake", 500_000, false, "high", 24, "deepfakeOrImpersonationWithLoss");
        assertTriage("impersonation", 1, false, "high", 24, "deepfakeOrImpersonationWithLoss");
        assertTriage("impersonation", 0, false, "normal", 72, "otherwiseNormal");
    }

    @Test
    void rule5EverythingElseIsNormalWithinThreeDays() {
        assertTriage("harmful-content", 0, false, "normal", 72, "otherwiseNormal");
        assertTriage("fake-app", 9_000_000, false, "normal", 72, "otherwiseNormal");
    }

    private void assertTriage(String category, long amountLost, boolean moneyStillMoving, String severity, int hours,
                              String ruleId) {
        VariableMap inputs = Variables.createVariables().putValue("category", category)
                .putValue("amountLost", amountLost).putValue("moneyStillMoving", moneyStillMoving);
        DmnDecisionTableResult result = decisionService.evaluateDecisionTableByKey("scam-triage", inputs);
        assertThat(result.getSingleResult().<String>getEntry("severity")).isEqualTo(severity);
        assertThat(result.getSingleResult().<Number>getEntry("responseHours").intValue()).isEqualTo(hours);
        assertThat(matchedRules(inputs)).containsExactly(ruleId);
    }

    private static List<String> matchedRules(VariableMap inputs) {
        List<DmnDecisionTableEvaluationEvent> events = new ArrayList<>();
        DefaultDmnEngineConfiguration configuration = new DefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(events::add));
        DmnEngine engine = configuration.buildEngine();
        try (InputStream dmn = ScamTriageDmnTest.class.getResourceAsStream("/processes/scam-triage.dmn")) {
            DmnDecision decision = engine.parseDecision("scam-triage", dmn);
            engine.evaluateDecisionTable(decision, inputs);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return events.get(0).getMatchingRules().stream().map(rule -> rule.getId()).toList();
    }
}
