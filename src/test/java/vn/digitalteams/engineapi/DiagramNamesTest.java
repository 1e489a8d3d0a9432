package vn.digitalteams.engineapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/**
 * What Tasklist's and Cockpit's diagrams show is the BPMN's names: plain Vietnamese, never an expression such
 * as {@code ${caseKey}}. A task's subject is appended when it is created ({@link TaskSubjects}).
 */
class DiagramNamesTest {

    @Test
    void noNameInAnyBpmnIsAnExpression() throws IOException {
        List<Path> models;
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            models = files.filter(file -> file.toString().endsWith(".bpmn")).toList();
        }
        assertThat(models).hasSizeGreaterThanOrEqualTo(6);
        for (Path model : models) {
            var bpmn = Bpmn.readModelFromFile(model.toFile());
            Stream.concat(bpmn.getModelElementsByType(Process.class).stream().map(Process::getName),
                            bpmn.getModelElementsByType(FlowElement.class).stream().map(FlowElement::getName))
                    .filter(name -> name != null)
                    .forEach(name -> assertThat(name).as(model + ": " + name).doesNotContain("${").doesNotContain("#{"));
        }
    }
}
