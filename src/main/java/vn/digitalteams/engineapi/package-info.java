/**
 * The engine's REST surfaces as users reach them: engine REST ({@code /engine-rest}) and the API behind
 * Tasklist ({@code /camunda/api/engine}). Non-admins get a closed list of calls; a start or a task
 * completion may set only the fields its deployed Camunda Form declares; a form is filled from the
 * owning module's case records ({@link vn.digitalteams.engineapi.TaskForms}).
 */
package vn.digitalteams.engineapi;
