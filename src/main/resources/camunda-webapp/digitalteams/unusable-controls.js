/*
 * Tasklist without the controls its users cannot use. The engine API refuses task creation, comments,
 * follow-up and due dates, candidate groups, assignment to someone else and filter editing to all but
 * admins (engineapi/EngineSurface), and only admins may open Cockpit, where a task's instance link
 * leads; Tasklist offers them all the same, and a village head who tries one gets an error he cannot
 * make sense of. So they are hidden, and the due date and assignee they would change are only shown.
 * The candidate groups stay, by name ("Chủ tịch UBND xã, Phó Chủ tịch UBND xã": every role may read the
 * groups, identity/AccessSetup), but cannot be edited; a task without any shows nothing ("Thêm nhóm" offered
 * an editor). Also hidden, as they mean nothing to the people working a task: the
 * priority every task has (50), the commune's code (the tenant id, "tam-quang") and the keyboard
 * shortcuts' help. Loaded through customScripts by tasklist/scripts/config.js; Camunda's class names
 * select them.
 */
import {addStyleSheet} from './style-sheet.js';

addStyleSheet(`
  [cam-widget-header] .create-task-action,
  [cam-widget-header] .shortcut-help,
  .task-filters > .three-cols-layout-cell.top > .btn-link:not(.region-toggle),
  .task-filters .task-filter .actions,
  .task-details .task-actions .createCommentLink,
  .task-card .instance-link,
  [cam-tasklist-task-meta] li:has(> .followup-date),
  [cam-tasklist-task-meta] li:has(> .due-date a),
  [cam-tasklist-task-meta] li.groups:has(a[translate="ADD_GROUPS"]),
  [cam-tasklist-task-meta] .reset-due-date,
  [cam-tasklist-task-meta] .reset-assignee,
  .tasks-list .priority,
  .tenant-id {
    display: none !important;
  }

  /* Who may take the task, written out whole ("Chủ tịch UBND xã, Phó Chủ tịch UBND xã"), not cut. */
  [cam-tasklist-task-meta] .groups a {
    white-space: normal !important;
    overflow: visible !important;
    text-overflow: clip !important;
    max-width: none !important;
    display: inline !important;
  }
  /* Camunda gives each line of the task's header 20px: two lines of roles would run into the assignee. */
  [cam-tasklist-task-meta] .meta > li.groups {
    height: auto !important;
    min-height: 20px;
  }

  /* The due date, the groups and the assignee open an editor when clicked; here they are only read. */
  [cam-tasklist-task-meta] .due-date,
  [cam-tasklist-task-meta] .groups,
  [cam-tasklist-task-meta] .assignee [cam-widget-inline-field] {
    pointer-events: none;
  }
`);
