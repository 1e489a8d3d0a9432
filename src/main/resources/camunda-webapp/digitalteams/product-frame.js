/*
 * The frame of every webapp (header, login page, footer) shows our product, not Camunda. Loaded through
 * customScripts by each app's scripts/config.js, which also names the app (product.js).
 *
 * Camunda 7.24 has no setting for most of it: the end-of-life banner is shown whenever
 * isCommunityEdition, which the header hard-codes to true, and a commune chairman reads "Đã đến lúc chuyển
 * sang Camunda 8" as "this system is being shut down"; the logo, the "powered by Camunda Platform /
 * v7.24.0" footer and the app switcher's English names are in its templates. So they are hidden or
 * renamed here, by Camunda's own class names.
 */
import {PRODUCT, WEBAPPS} from './product.js';
import {addStyleSheet} from './style-sheet.js';
import {fromLocale, keepTranslated, phrasebook} from './translate.js';

addStyleSheet(`
  [cam-widget-header] .ce-eol-banner,
  [cam-widget-header] .brand-logo,
  .form-signin .login-logo,
  [cam-widget-footer] .row > :not(#footer-timezone) {
    display: none !important;
  }

  /* Camunda breaks a tooltip anywhere, syllables too ("nội dung xấu độ|c"); Vietnamese breaks between words. */
  .tooltip {
    word-break: normal;
    overflow-wrap: anywhere;
  }

  /* A notice's title on a line of its own and the reason below it, where Camunda writes "title : reason"
     ("Không thể bắt đầu quy trình. : Số CCCD ...") with its stray colon. */
  .notifications .alert > strong.status {
    display: block;
  }
  .notifications .alert > strong.status + strong {
    display: none;
  }

  /* Without the 20px banner the header is 45px high: the pages below it move up. */
  body {
    padding-top: 45px;
  }
  .page-wrap,
  .ctn-main {
    top: 45px;
  }
  .welcome-page {
    min-height: calc(100% - (45px + 24px));
  }

  /* The login page names the app ("Việc cần làm"); the product's name goes above it. */
  .form-signin .login-header .app-name::before {
    content: "${PRODUCT}";
    display: block;
    font-size: 16px;
    margin-bottom: 6px;
  }

  /* The footer keeps only its time-zone note; a phone's screen is too small even for that. */
  #footer-timezone {
    width: 100%;
  }
  @media (max-width: 767px) {
    /* The product's name and the app's role on two lines beside the menu button. */
    [cam-widget-header] .navbar-brand {
      height: auto;
      min-height: 42px;
      max-width: calc(100% - 80px);
      white-space: pre-line;
      line-height: 1.2;
      font-size: 16px;
      padding-right: 0;
    }
    [cam-widget-footer] {
      display: none;
    }
    .page-wrap,
    .ctn-main {
      bottom: 0;
    }
  }
`);

keepTranslated([
  // The app switcher lists the other webapps by Camunda's English names.
  {selector: '[cam-widget-header] .app-switch .dropdown-menu a', translation: phrasebook({
    Tasklist: WEBAPPS.tasklist, Cockpit: WEBAPPS.cockpit, Admin: WEBAPPS.admin, Welcome: WEBAPPS.welcome
  })},
  // Cockpit's and Admin's pages give the header no toggle label, and its template then prints the
  // default's locale key untranslated (CAM_WIDGET_HEADER_TOGGLE_NAVIGATION).
  {selector: '[cam-widget-header] .navbar-toggle .sr-only', translation: fromLocale}
]);
