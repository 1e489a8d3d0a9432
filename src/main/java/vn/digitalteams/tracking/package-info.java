/**
 * What became of a case one sent or worked on: after every start and task completion Tasklist tells the user
 * the case number, what happened, the next step with who has it and its deadline, and the documents issued;
 * "Hồ sơ tôi đã gửi" lists the cases a user started with the same facts. Read from the engine's runtime and
 * history (tasks, their candidate groups, deadlines) and the documents module, never from process variables.
 */
package vn.digitalteams.tracking;
