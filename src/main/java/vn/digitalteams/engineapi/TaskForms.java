package vn.digitalteams.engineapi;

import java.util.Set;

/**
 * What the task forms of a module's processes show, contributed by the module that owns the processes.
 * Tasklist fills a Camunda Form from {@code GET task/{id}/form-variables}; that call is answered from
 * {@link #view}, that is from the module's case records, never from process variables (which a user
 * could have written) and never with more than the form shows.
 */
public interface TaskForms {

    /** The process definition keys whose tasks this module's forms belong to, "membership-registration". */
    Set<String> processKeys();

    /**
     * What the task's form shows: the values its text components name ({@code {{fullName}}}) and the
     * current values of its inputs. An unknown task definition key gets an empty view.
     */
    FormView view(TaskContext task);
}
