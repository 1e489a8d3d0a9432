package vn.digitalteams.identity;

import java.util.Set;

/**
 * Who may start a process, contributed as a bean by the module that owns the process: each role gets
 * CREATE_INSTANCE on the definition and CREATE on process instances (in their own commune: the
 * instance's tenant is theirs). {@link AccessSetup} grants them on every start.
 *
 * @param processKey the BPMN process id, "membership-registration"
 * @param roles      the roles whose users start it from Tasklist or engine REST
 */
public record ProcessStarters(String processKey, Set<Role> roles) {
}
