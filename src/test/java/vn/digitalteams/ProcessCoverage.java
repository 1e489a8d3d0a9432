package vn.digitalteams;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Flow-node coverage of the BPMNs, written to target/process-test-coverage/. Each process test class
 * (one per BPMN, named *ProcessTest) must pass through every flow node of its process, or it fails.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverage {

    @Bean
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return ProcessEngineCoverageProperties.Companion.builder()
                .addInclusionPatternForTestClasses(".*ProcessTest")
                .assertClassCoverageAtLeast(1.0)
                .build();
    }
}
