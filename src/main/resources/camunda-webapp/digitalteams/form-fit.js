/*
 * Camunda Forms whose labels and chosen values show whole, on any screen. form-js keeps a label on one
 * line and clips what does not fit ("Số điện thoại, tài khoản, đường link của đối tượ", "(cần phon"), and
 * a select's value the same way; our labels are full Vietnamese sentences, so they wrap instead. Tables of
 * figures fit a phone.
 *
 * A date picker's calendar opens below its field, over the fields that follow; on a phone someone who types
 * the date and then taps the next field picks a day of the calendar instead. So the calendar closes as soon
 * as the date is typed (the date is read when the field is left, as form-js does), and a typed day that does
 * not exist is refused with a word rather than rolled over to another.
 * Loaded through customScripts by tasklist/scripts/config.js.
 */
import {addStyleSheet} from './style-sheet.js';

addStyleSheet(`
  .fjs-container .fjs-form-field-label,
  .fjs-container .fjs-select-display {
    white-space: normal;
    overflow: visible;
    overflow-wrap: anywhere;
  }
  .fjs-container .fjs-input-group:has(.fjs-select-display) {
    height: auto;
    min-height: var(--form-field-height);
  }

  .fjs-container .dt-no-such-day {
    color: var(--color-text-error, #b00020);
    font-size: 13px;
    margin-top: 4px;
  }

  /* A form's table of figures (the villages side by side: nine columns) fits a phone's width: smaller type,
     narrow cells and headings that wrap, rather than a table to scroll sideways. */
  @media (max-width: 767px) {
    /* The table takes the form's side margins too: nine columns need the phone's whole width. */
    .fjs-container .fjs-form-field-text table {
      width: calc(100% + 36px);
      margin-left: -18px;
      margin-right: -18px;
      font-size: 12px;
    }
    .fjs-container .fjs-form-field-text th,
    .fjs-container .fjs-form-field-text td {
      padding: 2px 1px;
    }
    /* Headings wrap between words only ("Thăm / hộ", never "Th / ăm"). */
    .fjs-container .fjs-form-field-text th {
      font-size: 11px;
      word-break: normal;
      overflow-wrap: normal;
    }
  }
`);

/**
 * A typed day that does not exist ("31/02/2026") is no day: the date picker would roll it over to 03/03/2026
 * without a word. So it is refused, and the field says why until the date is typed again.
 */
function strictDay(text, format) {
  const typed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(String(text).trim());
  if (format !== 'd/m/Y' || !typed) {
    return undefined;
  }
  const [day, month, year] = typed.slice(1).map(Number);
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

function sayNoSuchDay(input, text) {
  const group = input.closest('.fjs-input-group');
  let said = group && group.parentElement.querySelector('.dt-no-such-day');
  if (!said && group) {
    said = document.createElement('div');
    said.className = 'dt-no-such-day';
    group.after(said);
  }
  if (said) {
    said.textContent = text ? `Không có ngày ${text}; vui lòng nhập lại ngày/tháng/năm.` : '';
  }
}

document.addEventListener('input', event => {
  const picker = event.isTrusted && event.target._flatpickr;
  if (!picker) {
    return;
  }
  if (picker.isOpen) {
    picker.close();
  }
  sayNoSuchDay(event.target, '');
  if (picker.config.dateFormat === 'd/m/Y' && !picker.dtStrict) {
    picker.dtStrict = true;
    const parse = picker.config.parseDate;
    picker.config.parseDate = (text, format) => {
      const day = strictDay(text, format);
      if (!day && /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(String(text).trim())) {
        sayNoSuchDay(event.target, String(text).trim());
      }
      return day || (parse ? parse(text, format) : undefined);
    };
  }
}, true);
