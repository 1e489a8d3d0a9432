/*
 * Our styles for the webapps travel inside JavaScript modules. Camunda 7.24's config.js has no option
 * for style sheets (customScripts only), its styles/user-styles.css comes from the webjar, and the app
 * serves our files under scripts/digitalteams/*.js only (CamundaWebappOverrides). customScripts are
 * loaded before AngularJS renders the first screen, so a sheet added here is in place from the start.
 */

/** Adds the CSS to the page as one constructed style sheet, after Camunda's own. */
export function addStyleSheet(css) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
