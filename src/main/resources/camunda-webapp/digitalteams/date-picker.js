/*
 * form-js's date picker (flatpickr) as people on phones need it. Loaded through customScripts by
 * tasklist/scripts/config.js; its language and its dd/MM/yyyy are form-js-vi.js's.
 *
 *  - The calendar opens below its field, over the fields that follow: someone who types the date and then
 *    taps the next field would pick a day of the calendar instead. So it closes as soon as a date is typed
 *    (form-js reads the typed date when the field is left).
 *  - A typed day that does not exist ("31/02/2026") is refused with a word under the field; flatpickr would
 *    roll it over to 03/03/2026 without one.
 *  - An activity's date is today unless the member picks or types another.
 */
import {addStyleSheet} from './style-sheet.js';

/** Date fields, by label, that start at today: an activity is mostly recorded the day it happens. */
const TODAY_BY_DEFAULT = ['Ngày hoạt động'];
const TYPED_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

addStyleSheet(`
  .fjs-container .dt-no-such-day {
    color: var(--color-text-error, #b00020);
    font-size: 13px;
    margin-top: 4px;
  }
`);

/** The day "dd/MM/yyyy" names, if it exists: "31/02/2026" names none. */
function existingDay(typed) {
  const parts = TYPED_DAY.exec(typed);
  if (!parts) {
    return undefined;
  }
  const [day, month, year] = parts.slice(1).map(Number);
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

/** Says under the field that the typed day does not exist, or, with no day, says nothing any more. */
function sayNoSuchDay(input, typed) {
  const group = input.closest('.fjs-input-group');
  if (!group) {
    return;
  }
  let said = group.parentElement.querySelector('.dt-no-such-day');
  if (!said) {
    said = document.createElement('div');
    said.className = 'dt-no-such-day';
    group.after(said);
  }
  said.textContent = typed ? `Không có ngày ${typed}; vui lòng nhập lại ngày/tháng/năm.` : '';
}

/** flatpickr reads typed dates with this parser once it is set (in Vietnamese, dd/MM/yyyy only). */
function refuseDaysThatDoNotExist(picker) {
  picker.config.parseDate = text => {
    const typed = String(text).trim();
    const day = existingDay(typed);
    sayNoSuchDay(picker.input, day || !TYPED_DAY.test(typed) ? '' : typed);
    return day;
  };
}

document.addEventListener('input', event => {
  const picker = event.isTrusted && event.target._flatpickr;
  if (!picker) {
    return;
  }
  event.target.dataset.dtTyped = 'true';
  if (picker.isOpen) {
    picker.close();
  }
  sayNoSuchDay(event.target, '');
  if (picker.config.dateFormat === 'd/m/Y' && !picker.dtStrict) {
    picker.dtStrict = true;
    refuseDaysThatDoNotExist(picker);
  }
}, true);

/** Today in Vietnam, whatever the phone's clock zone. */
function todayInVietnam() {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {timeZone: 'Asia/Ho_Chi_Minh', day: 'numeric',
    month: 'numeric', year: 'numeric'}).formatToParts(new Date()).map(part => [part.type, Number(part.value)]));
  return new Date(parts.year, parts.month - 1, parts.day);
}

/**
 * Picks today on the calendar of an empty date field that starts at today, as if the member had, which tells
 * form-js, until he types there himself. Tasklist loads the form's data after it renders, which empties the
 * field again without any change to the page that would call us: so the field is looked at again later.
 */
function pickTodayByDefault() {
  document.querySelectorAll('.fjs-form-field label').forEach(label => {
    const input = TODAY_BY_DEFAULT.includes(label.textContent.replace('*', '').trim())
      && document.getElementById(label.htmlFor);
    if (!input || !input._flatpickr || input.value || input.dataset.dtTyped) {
      return;
    }
    if (!input.dataset.dtToday) {
      input.dataset.dtToday = 'true';
      [300, 1000, 3000].forEach(delay => setTimeout(pickTodayByDefault, delay));
    }
    input._flatpickr.setDate(todayInVietnam(), true);
  });
}

new MutationObserver(() => pickTodayByDefault()).observe(document.documentElement, {childList: true, subtree: true});
