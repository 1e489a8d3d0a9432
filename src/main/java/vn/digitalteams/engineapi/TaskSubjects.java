package vn.digitalteams.engineapi;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A user task's name in the list is its BPMN name and its case's subject: "Phê duyệt kết nạp: Lò Thị Hoa –
 * Bản 01". The BPMN keeps the plain name, which is what the diagram shows, and says where the subject comes
 * from in an extension property: {@code <camunda:property name="subject"
 * value="${membershipCases.personAndVillage(execution)}"/>}. On creation the expression is read (from the
 * case record, never from variables a user could set) and appended after ": ".
 */
@Component
class TaskSubjects extends AbstractProcessEnginePlugin {

    static final String SUBJECT = "subject";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                String subject = subjectOf(userTaskElement);
                if (subject != null) {
                    Expression expression = configuration.getExpressionManager().createExpression(subject);
                    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                            .addTaskListener(TaskListener.EVENTNAME_CREATE,
                                    task -> task.setName(task.getName() + ": " + expression.getValue(task)));
                }
            }
        });
    }

    /** The value of {@code <camunda:property name="subject">} in the task's extension elements, or null. */
    private static String subjectOf(Element userTask) {
        Element extensions = userTask.element("extensionElements");
        Element properties = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties == null) {
            return null;
        }
        return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
                .filter(property -> SUBJECT.equals(property.attribute("name")))
                .map(property -> property.attribute("value")).findFirst().orElse(null);
    }
}
