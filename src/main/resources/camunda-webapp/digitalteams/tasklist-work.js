/*
 * Tasklist as the commune's people use it, loaded through customScripts in tasklist/scripts/config.js:
 *
 *  - every button says what it does ("Gửi hồ sơ kết nạp", "Phê duyệt và ban hành quyết định", "Nộp báo cáo"),
 *    the processes to start list daily work first;
 *  - after each start and completion the user reads what happened: the case number, the next step, who has
 *    it and its deadline, the documents issued (GET /api/cases/progress), until they close the notice;
 *  - "Hồ sơ tôi đã gửi", a page of Tasklist (#/ho-so-da-gui, from the header), follows what one sent
 *    (GET /api/cases/mine);
 *  - a draft decision opens before the task is claimed, in a new tab;
 *  - urgent work stands out: a severity colour from the task's priority (the scam triage sets it) and the
 *    time left ("còn 3 giờ", "quá hạn 2 giờ") next to each deadline.
 *
 * Tasklist's own texts stay in locales/vi.json; the texts here depend on the process and task, which the
 * locale file cannot know. In English (the user menu) only the notices and the page are shown, in Vietnamese:
 * they come from the server.
 */
import {locale} from './language.js';
import {addStyleSheet} from './style-sheet.js';

/**
 * What the buttons say, by BPMN process id and user task id. A Chairman's decision form opens with its
 * "approved" choice, "true" then "false": "refuse" is said when the second option is chosen.
 */
const WORDS = {
  'activity-record': {rank: 1, start: 'Ghi nhận hoạt động'},
  'scam-report': {
    rank: 2, start: 'Gửi phản ánh',
    tasks: {reviewReport: 'Gửi kết quả xác minh', informResident: 'Đã báo cho người dân', escalateReview: 'Gửi chỉ đạo'}
  },
  'membership-registration': {
    rank: 3, start: 'Gửi hồ sơ kết nạp',
    tasks: {
      approveMembership: {submit: 'Phê duyệt và ban hành quyết định', refuse: 'Gửi ý kiến không đồng ý'},
      acknowledgeAdmission: 'Đã báo cho người được kết nạp', acknowledgeRejection: 'Đã báo cho người được giới thiệu',
      escalateApproval: 'Đã đôn đốc'
    }
  },
  'membership-withdrawal': {
    rank: 4, start: 'Gửi đề nghị cho thôi tham gia',
    tasks: {
      approveWithdrawal: {submit: 'Phê duyệt và ban hành quyết định', refuse: 'Gửi ý kiến không đồng ý'},
      recruitMembers: 'Đã bổ sung thành viên', noteUnderstaffedTeam: 'Đã ghi nhận',
      acknowledgeWithdrawalRejection: 'Đã báo cho thành viên', escalateWithdrawal: 'Đã đôn đốc'
    }
  },
  'periodic-report': {
    rank: 5, start: 'Yêu cầu các tổ báo cáo',
    tasks: {
      submitVillageReport: 'Nộp báo cáo', reviseVillageReport: 'Nộp báo cáo đã sửa',
      decideOnLateVillage: 'Gửi quyết định',
      consolidateReports: {submit: 'Gửi báo cáo tổng hợp', refuse: 'Trả lại cho bản sửa'},
      reviewReport: {submit: 'Phê duyệt và ban hành báo cáo', refuse: 'Trả lại để chỉnh sửa'}
    }
  }
};
const MY_CASES_PATH = '/ho-so-da-gui';
const ENGINE = '/camunda/api/engine/engine/default';

/** A GET of our API or the engine's, as the signed-in user; the answer's JSON. */
async function read(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {'X-Requested-With': 'XMLHttpRequest',
    Accept: 'application/json'}});
  if (!response.ok) {
    throw new Error(url + ' answered ' + response.status);
  }
  return response.json();
}

function element(tag, attributes = {}, ...children) {
  const made = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => made.setAttribute(name, value));
  children.filter(child => child !== null && child !== undefined)
    .forEach(child => made.append(typeof child === 'string' ? document.createTextNode(child) : child));
  return made;
}

/* ---------- where a case stands: the notice after a start or completion, and the page of one's cases ---------- */

function documentLinks(documents) {
  return documents.map(document => element('li', {},
    element('a', {href: document.url, target: '_blank', rel: 'noopener'}, document.title)));
}

function nextStepItems(steps) {
  return steps.map(step => element('li', {}, element('strong', {}, step.task), ' — ', step.who,
    step.dueText ? element('span', {class: 'dt-due'}, ', ' + step.dueText) : null));
}

/**
 * One case: in the notice what just happened, then the case and its procedure; in the list the case first,
 * then its state. Then the next steps and the documents.
 */
function caseView(progress, inList) {
  const caseLine = progress.caseKey ? progress.caseKey + ' · ' + progress.procedure : progress.procedure;
  const view = element('div', {class: 'dt-case'},
    element('h3', {class: 'dt-case-title'}, inList ? caseLine : progress.headline),
    element('div', {class: 'dt-case-procedure'}, inList ? progress.headline : caseLine));
  if (progress.nextSteps.length) {
    view.append(element('div', {class: 'dt-label'}, 'Bước tiếp theo:'), element('ul', {}, ...nextStepItems(progress.nextSteps)));
  } else if (progress.finished) {
    view.append(element('div', {}, 'Hồ sơ đã hoàn tất.'));
  }
  if (progress.documents.length) {
    view.append(element('div', {class: 'dt-label'}, 'Văn bản đã ban hành:'), element('ul', {}, ...documentLinks(progress.documents)));
  }
  return view;
}

function showNotice(progress) {
  document.querySelectorAll('.dt-notice').forEach(old => old.remove());
  const close = element('button', {type: 'button', class: 'btn btn-default dt-notice-close'}, 'Đã hiểu');
  const notice = element('div', {class: 'dt-notice', role: 'status', 'aria-live': 'polite'},
    caseView(progress, false), close);
  close.addEventListener('click', () => notice.remove());
  document.body.append(notice);
  close.focus();
}

async function tellProgress(query) {
  try {
    showNotice(await read('/api/cases/progress?' + query));
  } catch (unknown) {
    console.warn('No progress to tell', unknown);
  }
}

/**
 * Watches Tasklist's own calls for a start or a completion that succeeded: its answer names the instance,
 * its address the task. Tasklist offers no event for either.
 */
function watchSubmissions() {
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    const address = String(url);
    const started = /\/process-definition\/[^/]+\/(submit-form|start)(\?|$)/.test(address);
    const completed = address.match(/\/task\/([^/?]+)\/(submit-form|complete)(\?|$)/);
    if (method.toUpperCase() === 'POST' && (started || completed)) {
      this.addEventListener('load', () => {
        if (this.status >= 300) {
          return;
        }
        if (completed) {
          tellProgress('taskId=' + encodeURIComponent(decodeURIComponent(completed[1])));
        } else {
          const instance = JSON.parse(this.responseText || '{}');
          if (instance.id) {
            tellProgress('processInstanceId=' + encodeURIComponent(instance.id));
          }
        }
      });
    }
    return open.call(this, method, url, ...rest);
  };
}

const myCasesPage = {
  id: 'digitalteams.myCases',
  pluginPoint: 'tasklist.route',
  properties: {path: MY_CASES_PATH},
  render: async node => {
    const page = element('div', {class: 'dt-my-cases'}, element('h2', {}, 'Hồ sơ tôi đã gửi'),
      element('p', {}, element('a', {href: '#/'}, '← Về danh sách việc')));
    node.append(page);
    try {
      const cases = await read('/api/cases/mine');
      page.append(cases.length ? element('ol', {class: 'dt-case-list'},
        ...cases.map(progress => element('li', {}, caseView(progress, true))))
        : element('p', {}, 'Bạn chưa gửi hồ sơ nào.'));
    } catch (failed) {
      page.append(element('p', {class: 'text-danger'}, 'Chưa tải được danh sách hồ sơ. Vui lòng thử lại sau.'));
    }
  }
};

const myCasesLink = {
  id: 'digitalteams.myCasesLink',
  pluginPoint: 'tasklist.navbar.action',
  render: node => node.append(element('a', {href: '#' + MY_CASES_PATH, class: 'dt-my-cases-link'},
    element('span', {class: 'glyphicon glyphicon-folder-open', 'aria-hidden': 'true'}), ' Hồ sơ tôi đã gửi'))
};

/* ---------- the buttons' words, the start list's order ---------- */

let definitions = null;

/** The startable definitions' keys by name: the start dialog shows names only. */
async function keysByName() {
  if (!definitions) {
    definitions = read(ENGINE + '/process-definition?latestVersion=true&startableInTasklist=true&maxResults=50')
      .then(list => Object.fromEntries(list.map(definition => [definition.name, definition.key])));
  }
  return definitions;
}

function setText(button, text) {
  if (button && text && button.textContent.trim() !== text) {
    button.textContent = text;
  }
}

async function wordStartDialog(dialog) {
  const names = await keysByName();
  const list = dialog.querySelector('ul.processes');
  if (list && !list.dataset.dtOrdered) {
    const rank = item => (WORDS[names[item.textContent.trim()]] || {rank: 99}).rank;
    [...list.children].sort((a, b) => rank(a) - rank(b)).forEach(item => list.append(item));
    list.dataset.dtOrdered = 'true';
  }
  const title = dialog.querySelector('.modal-title');
  const chosen = title && Object.keys(names).find(name => title.textContent.trim().endsWith(': ' + name));
  setText(dialog.querySelector('button[ng-click="startProcessInstance()"]'),
    chosen && WORDS[names[chosen]] ? WORDS[names[chosen]].start : 'Gửi');
}

const taskWords = new Map();

/** The words of a task's button, from its process and task ids. */
async function wordsOfTask(taskId) {
  if (!taskWords.has(taskId)) {
    taskWords.set(taskId, read(ENGINE + '/task/' + encodeURIComponent(taskId)).then(task => {
      const process = WORDS[task.processDefinitionId.split(':')[0]] || {};
      const words = (process.tasks || {})[task.taskDefinitionKey] || 'Gửi';
      return typeof words === 'string' ? {submit: words} : words;
    }));
  }
  return taskWords.get(taskId);
}

async function wordTaskForm() {
  const taskId = new URLSearchParams(window.location.hash.split('?')[1] || '').get('task');
  const button = document.querySelector('.task-details button[ng-click="complete()"]');
  if (!taskId || !button) {
    return;
  }
  const words = await wordsOfTask(taskId);
  // form-js gives its radios no value in the page; the decision is the form's first choice, refusal its second.
  const decision = document.querySelector('.task-details .fjs-form-field-radio');
  const refused = decision && decision.querySelectorAll('input[type="radio"]')[1]?.checked;
  setText(button, refused && words.refuse ? words.refuse : words.submit);
}

/* ---------- drafts, severity, time left ---------- */

function openDraftsInANewTab() {
  document.querySelectorAll('.fjs-container a[href^="/api/documents/"]').forEach(link => {
    link.target = '_blank';
    link.rel = 'noopener';
  });
}

/** Urgent (priority 90, the scam triage's "Khẩn cấp") in red, high (70) in orange. */
function markSeverity() {
  document.querySelectorAll('.tasks-list > li.task').forEach(card => {
    const priority = Number((card.querySelector('.priority') || {}).textContent);
    card.classList.toggle('dt-urgent', priority >= 90);
    card.classList.toggle('dt-high', priority >= 70 && priority < 90);
  });
}

/** "7 ngày tới" → "còn 7 ngày"; an overdue "3 giờ trước" → "quá hạn 3 giờ". */
function sayTimeLeft() {
  document.querySelectorAll('.due-date [am-time-ago]').forEach(time => {
    const text = time.textContent.trim();
    const ahead = text.match(/^(.+) tới$/);
    const behind = text.match(/^(.+) trước$/);
    if (ahead) {
      time.textContent = 'còn ' + ahead[1];
    } else if (behind) {
      time.textContent = 'quá hạn ' + behind[1];
    }
  });
}

const STYLE = `
.dt-notice { position: fixed; z-index: 2000; left: 50%; top: 70px; transform: translateX(-50%);
  width: min(640px, calc(100vw - 24px)); max-height: calc(100vh - 90px); overflow-y: auto; background: #fff;
  border: 2px solid #2e7d32; border-radius: 6px; padding: 16px; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
.dt-notice h3 { margin-top: 0; color: #2e7d32; font-size: 20px; }
.dt-case-procedure { color: #555; margin-bottom: 8px; }
.dt-label { font-weight: bold; margin-top: 8px; }
.dt-case ul { padding-left: 20px; margin-bottom: 4px; }
.dt-case li { margin: 4px 0; overflow-wrap: anywhere; }
.dt-notice-close { margin-top: 12px; min-height: 44px; min-width: 120px; font-size: 16px; }
.dt-my-cases { padding: 16px; max-width: 900px; margin: 0 auto; }
.dt-case-list { list-style: none; padding: 0; }
.dt-case-list > li { border: 1px solid #ddd; border-radius: 4px; padding: 12px; margin-bottom: 12px; }
.dt-case-list h3 { font-size: 17px; margin: 0 0 4px; }
/* The navbar lays its links out as flex items, where the space after the icon collapses. */
.dt-my-cases-link .glyphicon { margin-right: 4px; }
.tasks-list > li.task.dt-urgent { border-left: 6px solid #c62828; background: #fff5f5; }
.tasks-list > li.task.dt-high { border-left: 6px solid #ef6c00; background: #fffaf2; }
.tasks-list > li.task.dt-urgent h4 a, .tasks-list > li.task.dt-urgent .due-date { color: #c62828; font-weight: bold; }
.tasks-list > li.task.dt-high .due-date { color: #ef6c00; font-weight: bold; }
.disabled-form .fjs-container a[href^="/api/documents/"] { pointer-events: auto; }
`;

function keepWorded() {
  document.querySelectorAll('.modal-dialog').forEach(dialog => {
    if (dialog.querySelector('button[ng-click="startProcessInstance()"], ul.processes')) {
      wordStartDialog(dialog).catch(console.warn);
    }
  });
  wordTaskForm().catch(console.warn);
}

let scheduled = false;
function onChange() {
  if (scheduled) {
    return;
  }
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    openDraftsInANewTab();
    markSeverity();
    if (locale === 'vi') {
      sayTimeLeft();
      keepWorded();
    }
  });
}

addStyleSheet(STYLE);
watchSubmissions();
new MutationObserver(onChange).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
document.addEventListener('change', onChange, true);
onChange();

export default [myCasesPage, myCasesLink];
