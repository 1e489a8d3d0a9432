/*
 * Tasklist renders Camunda Forms with form-js, whose own texts (validation messages, the select
 * placeholder, the search box) are English constants with no translation hook in Camunda 7.24.
 * Loaded through customScripts in tasklist/scripts/config.js; translates them while the page is
 * Vietnamese, and leaves them English for a user who chose English.
 */
import {locale} from './language.js';
import {keepTranslated, phrasebook} from './translate.js';

const messages = phrasebook({
  'Field is required.': 'Trường này bắt buộc.',
  'Field must be a valid email.': 'Địa chỉ email không hợp lệ.',
  'Field must be a valid  international phone number. (e.g. +4930664040900)':
    'Số điện thoại quốc tế không hợp lệ (ví dụ: +84912345678).',
  'Value is not a number.': 'Giá trị phải là một số.',
  'Value is expected to be an integer.': 'Giá trị phải là số nguyên.',
  'Date and time must both be entered.': 'Cần nhập cả ngày và giờ.'
}, [
  [/^Field must have minimum length of (\d+)\.$/, n => `Cần nhập ít nhất ${n} ký tự.`],
  [/^Field must have maximum length of (\d+)\.$/, n => `Chỉ được nhập tối đa ${n} ký tự.`],
  [/^Field must have minimum value of (.+)\.$/, n => `Giá trị phải từ ${n} trở lên.`],
  [/^Field must have maximum value of (.+)\.$/, n => `Giá trị không được lớn hơn ${n}.`],
  // The pattern itself is a regular expression, which means nothing to the person filling the form.
  [/^Field must match pattern .*\.$/s, patternMessage],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, n => `Chỉ được có tối đa ${n} chữ số thập phân.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (lower, upper) => `Giá trị không hợp lệ; hai giá trị hợp lệ gần nhất là ${lower} và ${upper}.`]
]);

/**
 * What a field that does not match its pattern wants, in the words of its own label and description:
 * "Số CCCD (12 chữ số) chưa đúng định dạng." or "Hạn nộp báo cáo của các bản chưa đúng định dạng:
 * Ngày/tháng/năm, ví dụ 30/11/2026. …" (the description, which gives the form and an example). No count of
 * what was typed: form-js keeps its English message while the value changes, so the sentence is not rewritten.
 */
function patternMessage(element) {
  const field = element && element.closest('.fjs-form-field');
  const label = field && field.querySelector('.fjs-form-field-label');
  // The label's own words, without the required mark form-js puts inside it.
  const name = label ? [...label.childNodes].filter(node => node.nodeType === Node.TEXT_NODE)
    .map(node => node.data).join('').trim() : '';
  const description = field && field.querySelector('.fjs-form-field-description');
  const example = description ? description.textContent.trim() : '';
  const wrong = (name || 'Giá trị') + ' chưa đúng định dạng';
  return example ? `${wrong}: ${example}` : `${wrong}.`;
}

// The controls' own words, each rule only where form-js puts it, so that data never matches.
const placeholder = phrasebook({'Select': 'Chọn', 'Search': 'Tìm kiếm'});
const emptyList = phrasebook({'No results': 'Không có kết quả', 'All values selected': 'Đã chọn tất cả'});
const table = phrasebook({'Nothing to show.': 'Không có dữ liệu.'});
const pageOf = phrasebook({'of': 'trên'});
const list = phrasebook({'Add new': 'Thêm mới', 'Collapse': 'Thu gọn'},
  [[/^Expand all \((\d+)\)$/, n => `Mở rộng tất cả (${n})`]]);
const poweredBy = phrasebook({'Powered by bpmn.io': 'Vận hành trên nền tảng bpmn.io'});
const buttonLabel = phrasebook({
  'Remove tag': 'Bỏ chọn',
  'Increment': 'Tăng',
  'Decrement': 'Giảm',
  'Previous page': 'Trang trước',
  'Next page': 'Trang sau'
});

/**
 * form-js's date picker writes and reads dates in the format of the browser's own language
 * (Intl.DateTimeFormat('default')): 11/30/2026 on a phone set to English, where a commune official types
 * 30/11/2026. A Vietnamese form takes dates the Vietnamese way, dd/MM/yyyy, whatever the phone's language.
 * Only the 'default' locale form-js asks for is replaced; a caller naming a locale gets it.
 */
function datesTheVietnameseWay() {
  const Native = Intl.DateTimeFormat;
  const DateTimeFormat = function (locales, options) {
    return locales === 'default'
      ? new Native('vi-VN', options || {day: '2-digit', month: '2-digit', year: 'numeric'})
      : new Native(locales, options);
  };
  DateTimeFormat.prototype = Native.prototype;
  DateTimeFormat.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
  Intl.DateTimeFormat = DateTimeFormat;
}

// The date picker's calendar (flatpickr) speaks English: months, weekdays, and each day's spoken name.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const month = phrasebook(Object.fromEntries(MONTHS.map((name, index) => [name, `Tháng ${index + 1}`])));
const weekday = phrasebook({Sun: 'CN', Mon: 'T2', Tue: 'T3', Wed: 'T4', Thu: 'T5', Fri: 'T6', Sat: 'T7'});
const spokenDay = phrasebook({}, [[new RegExp(`^(${MONTHS.join('|')}) (\\d{1,2}), (\\d{4})$`),
  (name, day, year) => `Ngày ${day} tháng ${MONTHS.indexOf(name) + 1} năm ${year}`]]);

if (locale === 'vi') {
  datesTheVietnameseWay();
  keepTranslated([
    {selector: '.flatpickr-calendar .flatpickr-monthDropdown-month, .flatpickr-calendar .cur-month', translation: month},
    {selector: '.flatpickr-calendar .flatpickr-weekday', translation: weekday},
    {selector: '.flatpickr-calendar .flatpickr-day', attribute: 'aria-label', translation: spokenDay},
    {selector: '.fjs-container .fjs-form-field-error li', translation: messages},
    {selector: '.fjs-container .fjs-select-placeholder', translation: placeholder},
    {selector: '.fjs-container input[placeholder]', attribute: 'placeholder', translation: placeholder},
    {selector: '.fjs-container .fjs-dropdownlist-empty', translation: emptyList},
    {selector: '.fjs-container .fjs-table-middle-container', translation: table},
    {selector: '.fjs-container .fjs-table-nav-label', translation: pageOf},
    {selector: '.fjs-container .fjs-repeat-render-footer button', translation: list},
    {selector: '.fjs-container button[title]', attribute: 'title', translation: buttonLabel},
    {selector: '.fjs-container button[aria-label]', attribute: 'aria-label', translation: buttonLabel},
    {selector: '.fjs-container a.fjs-powered-by-link', attribute: 'title', translation: poweredBy}
  ]);
}
