/*
 * Camunda Forms whose labels and chosen values show whole, on any screen. form-js keeps a label on one
 * line and clips what does not fit ("Số điện thoại, tài khoản, đường link của đối tượ", "(cần phon"), and
 * a select's value the same way; our labels are full Vietnamese sentences, so they wrap instead. Tables of
 * figures fit a phone.
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
