/*
 * What users call this system and each webapp, in place of "Camunda Tasklist", "Camunda Cockpit" and so
 * on: the header, the browser tab, the login page and the menu that switches between the webapps.
 */

/** The product's name. */
export const PRODUCT = 'Tổ công nghệ số cộng đồng';

/** Each webapp by what it is for, in the words of the people who use it (as its *_APP key says). */
export const WEBAPPS = {
  tasklist: 'Việc cần làm',
  cockpit: 'Giám sát quy trình',
  admin: 'Quản trị',
  welcome: 'Thông tin cá nhân'
};

/**
 * config.js's `app`: Camunda writes vendor and name with a space between them in the header and
 * the tab ("Tổ công nghệ số cộng đồng – Việc cần làm") and the name alone on the login page. The line
 * break is where a phone's header breaks the line (product-frame.js); elsewhere it reads as a space.
 */
export function app(webapp) {
  return {vendor: PRODUCT + ' –\n', name: WEBAPPS[webapp]};
}
