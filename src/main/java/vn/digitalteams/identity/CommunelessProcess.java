package vn.digitalteams.identity;

/**
 * A process whose timer starts one instance for every commune at once (a schedule), contributed as a bean
 * by the module that owns it: its instance holds nothing but periods and starts each commune's own
 * instance, so it alone may belong to no commune. Any other instance without a commune is refused
 * ({@link CommuneTenantIdProvider}): it would be visible to every commune.
 *
 * @param processKey the BPMN process id, "periodic-report-schedule"
 */
public record CommunelessProcess(String processKey) {
}
