/*
 * Cockpit and Admin are desktop tools, but an admin may open them on a phone: there they at least fit
 * the screen. The dashboard's chart legends keep to one line and are cut ("Phiên bản quy tr…"), and
 * Admin's page headings push their button ("Thêm người dùng") off the screen. Loaded through customScripts
 * by cockpit/ and admin/scripts/config.js.
 */
import {addStyleSheet} from './style-sheet.js';

addStyleSheet(`
  @media (max-width: 767px) {
    .dashboard .actual .stats-section .legend-holder {
      white-space: normal;
      height: auto;
    }
    .section-content > header.row > [class*="col-xs-"] {
      width: 100%;
      text-align: left;
    }
  }
`);
