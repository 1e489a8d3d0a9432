/*
 * Camunda Forms whose labels and chosen values show whole, on any screen. form-js keeps a label on one
 * line and clips what does not fit ("Số điện thoại, tài khoản, đường link của đối tượ", "(cần phon"), and
 * a select's value the same way; our labels are full Vietnamese sentences, so they wrap instead.
 *
 * A date picker's calendar opens below its field, over the fields that follow; on a phone someone who types
 * the date and then taps the next field picks a day of the calendar instead. So the calendar closes as soon
 * as the date is typed (the date is read when the field is left, as form-js does).
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
`);

document.addEventListener('input', event => {
  const picker = event.isTrusted && event.target._flatpickr;
  if (picker && picker.isOpen) {
    picker.close();
  }
}, true);
