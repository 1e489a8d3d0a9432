/*
 * Tasklist on a phone (up to 767px wide, where Camunda stacks its three columns): the filters and the
 * task list, or, once a task is open, that task alone on the whole screen with a way back to the list.
 * Camunda's stacked layout showed the task below the whole list, where a village head never found it.
 * Nothing wider than the screen: the start dialog and the forms give up their desktop margins. Wider
 * screens keep Camunda's layout.
 *
 * Two things CSS cannot do are done by script: the way back (a button that takes the task out of the
 * address, as Tasklist itself does when the list is shown) and closing the collapsed header menu after
 * a choice (Camunda leaves it open over the page). Loaded through customScripts by
 * tasklist/scripts/config.js.
 */
import {locale} from './language.js';
import {addStyleSheet} from './style-sheet.js';

const PHONE = '(max-width: 767px)';
const BACK = 'digitalteams-back-to-list';
const BACK_LABEL = {vi: 'Danh sách việc', en: 'Task list'}[locale];

addStyleSheet(`
  @media ${PHONE} {
    /* Made for this screen: no "small screen" warning in the header. */
    [cam-widget-header] .small-screen-warning {
      display: none;
    }

    /* One thing at a time: the lists, or the open task. */
    .task-filters > .three-cols-layout-cell.top,
    .tasks-list .search-field .controls,
    .task-details:not(:has(.task-card)),
    .three-cols-layout-columns:has(.task-card) > .task-filters,
    .three-cols-layout-columns:has(.task-card) > .tasks-list {
      display: none;
    }
    .task-filters .task-filter.item {
      width: calc(100% - 7px);
    }
    .task-details .three-cols-layout-cell.content,
    .task-details .tabbed-content > .col-xs-12 {
      padding-left: 8px;
      padding-right: 8px;
    }
    .task-details .tabbed-content {
      margin-left: -8px;
      margin-right: -8px;
    }
    .task-card h2.task {
      font-size: 22px;
    }
    .task-card .process-definition {
      font-size: 15px;
    }
    .${BACK} {
      float: left;
      padding: 0;
      border: none;
      background: none;
      color: #155cb5;
      font-size: 16px;
      line-height: 22px;
    }

    /* Forms use the width of the phone; their headings are sized for it. */
    .fjs-container .cds--grid {
      padding-left: 0;
      padding-right: 0;
    }
    .fjs-container h1 {
      font-size: 26px;
    }
    .fjs-container h2 {
      font-size: 21px;
    }
    .modal-dialog {
      margin: 4px;
    }
    .modal-header,
    .modal-body,
    .modal-footer {
      padding-left: 8px;
      padding-right: 8px;
    }
    /* The start dialog: its title above the search box, processes easy to tap. */
    .modal-header .col-xs-6 {
      width: 100%;
    }
    .modal-body .processes a {
      display: inline-block;
      padding: 6px 0;
    }
  }
  @media not ${PHONE} {
    .${BACK} {
      display: none;
    }
  }
`);

/** The address without the open task: Tasklist then shows the list again. */
function backToList() {
  window.location.hash = window.location.hash.replace(/([?&])task=[^&]*&?/, '$1').replace(/[?&]$/, '');
}

function addBackButton(header) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = BACK;
  button.textContent = '‹ ' + BACK_LABEL;
  button.addEventListener('click', backToList);
  header.prepend(button);
}

new MutationObserver(() => {
  const header = document.querySelector('.task-details > .three-cols-layout-cell.top');
  if (header && !header.querySelector('.' + BACK)) {
    addBackButton(header);
  }
}).observe(document.documentElement, {childList: true, subtree: true});

// A choice in the collapsed header menu (start a process, the user menu's entries) closes the menu
// through its own toggle, so AngularJS knows; opening the user menu is no choice yet.
document.addEventListener('click', event => {
  const toggle = document.querySelector('[cam-widget-header] .navbar-toggle.open');
  const choice = event.target.closest('[cam-widget-header] .sections-menu a, [cam-widget-header] .app-menu a');
  if (toggle && choice && !choice.matches('.dropdown-toggle')) {
    toggle.click();
  }
});
