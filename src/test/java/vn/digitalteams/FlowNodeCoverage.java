package vn.digitalteams;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Fails a process test class that did not pass through every flow node of its own BPMN: the class
 * {@code PeriodicReportScheduleProcessTest} tests {@code periodic-report-schedule}, and every flow node of
 * that process's latest version must have run (engine history, in instances the class started). Other processes
 * the class starts on the way (the schedule starts reports) are their own tests' business.
 *
 * <p>Why not the coverage library's class assertion: it counts every process a class touches, and its
 * Spring listener, finding its own default settings beside ours, silently used those and asserted nothing.
 */
public class FlowNodeCoverage implements TestExecutionListener {

    private static final String SUFFIX = "ProcessTest";
    /** The instances of the process that ran before the class: theirs are not the class's. Not by time:
     * tests move the engine's clock. */
    private Set<String> earlierInstances = Set.of();

    @Override
    public void beforeTestClass(TestContext context) {
        definitionOf(context).ifPresent(definition -> earlierInstances = history(context)
                .createHistoricProcessInstanceQuery().processDefinitionId(definition.getId()).list().stream()
                .map(HistoricProcessInstance::getId).collect(Collectors.toSet()));
    }

    @Override
    public void afterTestClass(TestContext context) {
        Optional<ProcessDefinition> tested = definitionOf(context);
        if (tested.isEmpty()) {
            return;
        }
        ProcessDefinition definition = tested.get();
        Set<String> nodes = repository(context).getBpmnModelInstance(definition.getId())
                .getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                .collect(Collectors.toCollection(TreeSet::new));
        history(context).createHistoricActivityInstanceQuery().processDefinitionId(definition.getId()).list().stream()
                .filter(activity -> !earlierInstances.contains(activity.getProcessInstanceId()))
                .map(HistoricActivityInstance::getActivityId).forEach(nodes::remove);
        if (!nodes.isEmpty()) {
            throw new AssertionError(context.getTestClass().getSimpleName() + " did not pass through these flow nodes of "
                    + definition.getKey() + ": " + nodes);
        }
    }

    /** The latest version of the process a *ProcessTest class tests; empty for other classes. */
    private static Optional<ProcessDefinition> definitionOf(TestContext context) {
        String className = context.getTestClass().getSimpleName();
        if (!className.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        String processKey = processKeyOf(className);
        ProcessDefinition definition = repository(context).createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult();
        if (definition == null) {
            throw new AssertionError(className + " names no deployed process " + processKey);
        }
        return Optional.of(definition);
    }

    private static RepositoryService repository(TestContext context) {
        return context.getApplicationContext().getBean(RepositoryService.class);
    }

    private static HistoryService history(TestContext context) {
        return context.getApplicationContext().getBean(HistoryService.class);
    }

    /** "PeriodicReportScheduleProcessTest" → "periodic-report-schedule". */
    static String processKeyOf(String className) {
        return className.substring(0, className.length() - SUFFIX.length())
                .replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
