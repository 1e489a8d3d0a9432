package vn.digitalteams.engineapi;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The engine calls a user who is not {@code camunda-admin} may make, through engine REST or Tasklist's
 * engine API: exactly what Tasklist and the documented journeys use. Anything not listed answers 403,
 * among it start instructions, process-instance modification, migration, restart, suspension, variable
 * writes outside a form submission, message/signal/condition correlation, task creation, delegation,
 * assignment and resolution, comments and attachments, deployments, jobs, history and every delete. The
 * engine's own authorizations and tenant checks still apply to what is allowed. The README's "Security"
 * section shows this table.
 */
final class EngineSurface {

    /** What an allowed call is subject to, beyond the engine's own authorization checks. */
    enum Access {
        /** Passed to the engine as it is. */
        ENGINE,
        /** About one task: passed to the engine once the task is one the caller can see (else 404, 409 if done). */
        TASK,
        /** Only on oneself: the user id in the path (or the {@code userId} parameter) is the caller's. */
        SELF,
        /** One's own new password: checked against the password policy first. */
        OWN_PASSWORD,
        /** Checking a candidate password against the policy: the body must hold one. */
        PASSWORD_CHECK,
        /** Taking a task, for oneself only ({@link TaskActions}). */
        CLAIM,
        /** Giving a task back ({@link TaskActions}). */
        UNCLAIM,
        /** Answered from the case records by the owning module's {@link TaskForms}. */
        TASK_FORM_DATA,
        /**
         * A task's comments (the reminders the processes write on overdue tasks), answered here: Camunda's own
         * resource looks the task up in history, which only admins may read, and answers 404 to everyone else.
         */
        TASK_COMMENTS,
        /** A start: only the start form's fields, typed as declared, and no start instructions ({@link FormSubmissions}). */
        START_FORM_SUBMISSION,
        /** A completion: only the task form's fields, typed as declared ({@link FormSubmissions}). */
        TASK_FORM_SUBMISSION
    }

    /**
     * Names the REST API gives its own sub-resources where an id would stand ({@code /process-definition/statistics},
     * {@code /task/report/...}): Jersey matches them before any id, so an id placeholder never stands for them.
     */
    private static final Set<String> SUB_RESOURCES = Set.of("count", "create", "key", "statistics", "suspended",
            "report");

    /** One allowed call: method and path, {@code {}} standing for one path segment (an id, a key). */
    record Rule(String method, String path, Access access) {

        boolean matches(EngineCall call) {
            if (!method.equals(call.method())) {
                return false;
            }
            String[] pattern = path.equals("/") ? new String[0] : path.substring(1).split("/");
            String[] actual = call.segments();
            if (pattern.length != actual.length) {
                return false;
            }
            for (int i = 0; i < pattern.length; i++) {
                boolean id = pattern[i].equals("{}");
                boolean named = !actual[i].isEmpty() && !actual[i].equals(EngineCall.UNREADABLE);
                if (id ? !named || SUB_RESOURCES.contains(actual[i]) : !pattern[i].equals(actual[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    static final List<Rule> ALLOWED = List.of(
            // the engine list the webapps start from
            new Rule("GET", "/", Access.ENGINE),
            // Tasklist's task lists: filters the user may read, their tasks; queries only
            new Rule("GET", "/filter", Access.ENGINE),
            new Rule("GET", "/filter/count", Access.ENGINE),
            new Rule("OPTIONS", "/filter", Access.ENGINE),
            new Rule("GET", "/filter/{}", Access.ENGINE),
            new Rule("GET", "/filter/{}/list", Access.ENGINE),
            new Rule("POST", "/filter/{}/list", Access.ENGINE),
            new Rule("GET", "/filter/{}/count", Access.ENGINE),
            new Rule("POST", "/filter/{}/count", Access.ENGINE),
            new Rule("GET", "/task", Access.ENGINE),
            new Rule("POST", "/task", Access.ENGINE),
            new Rule("GET", "/task/count", Access.ENGINE),
            new Rule("POST", "/task/count", Access.ENGINE),
            // one task: read it and its form, see its history, take it, give it back, finish it
            new Rule("GET", "/task/{}", Access.TASK),
            new Rule("GET", "/task/{}/form", Access.TASK),
            new Rule("GET", "/task/{}/deployed-form", Access.TASK),
            new Rule("GET", "/task/{}/form-variables", Access.TASK_FORM_DATA),
            new Rule("GET", "/task/{}/identity-links", Access.TASK),
            new Rule("GET", "/task/{}/comment", Access.TASK_COMMENTS),
            new Rule("GET", "/history/user-operation", Access.ENGINE),
            new Rule("GET", "/history/user-operation/count", Access.ENGINE),
            new Rule("POST", "/task/{}/claim", Access.CLAIM),
            new Rule("POST", "/task/{}/unclaim", Access.UNCLAIM),
            new Rule("POST", "/task/{}/complete", Access.TASK_FORM_SUBMISSION),
            new Rule("POST", "/task/{}/submit-form", Access.TASK_FORM_SUBMISSION),
            // the processes a user may start, their diagrams and start forms, and starting one
            new Rule("GET", "/process-definition", Access.ENGINE),
            new Rule("GET", "/process-definition/count", Access.ENGINE),
            new Rule("GET", "/process-definition/{}", Access.ENGINE),
            new Rule("GET", "/process-definition/{}/xml", Access.ENGINE),
            new Rule("GET", "/process-definition/{}/startForm", Access.ENGINE),
            new Rule("GET", "/process-definition/{}/deployed-start-form", Access.ENGINE),
            new Rule("GET", "/process-definition/{}/form-variables", Access.ENGINE),
            new Rule("POST", "/process-definition/{}/start", Access.START_FORM_SUBMISSION),
            new Rule("POST", "/process-definition/{}/submit-form", Access.START_FORM_SUBMISSION),
            new Rule("GET", "/process-definition/key/{}", Access.ENGINE),
            new Rule("GET", "/process-definition/key/{}/xml", Access.ENGINE),
            new Rule("GET", "/process-definition/key/{}/startForm", Access.ENGINE),
            new Rule("GET", "/process-definition/key/{}/deployed-start-form", Access.ENGINE),
            new Rule("GET", "/process-definition/key/{}/form-variables", Access.ENGINE),
            new Rule("POST", "/process-definition/key/{}/start", Access.START_FORM_SUBMISSION),
            new Rule("POST", "/process-definition/key/{}/submit-form", Access.START_FORM_SUBMISSION),
            // one's own account: name, groups, a new password (the password policy applies)
            new Rule("GET", "/user/{}/profile", Access.SELF),
            new Rule("PUT", "/user/{}/credentials", Access.OWN_PASSWORD),
            new Rule("GET", "/identity/groups", Access.SELF),
            new Rule("GET", "/identity/password-policy", Access.ENGINE),
            new Rule("POST", "/identity/password-policy", Access.PASSWORD_CHECK),
            new Rule("GET", "/authorization/check", Access.ENGINE));

    private EngineSurface() {
    }

    /** The call's access, or empty when a non-admin may not make it at all. */
    static Optional<Access> accessOf(EngineCall call) {
        return ALLOWED.stream().filter(rule -> rule.matches(call)).map(Rule::access).findFirst();
    }
}
