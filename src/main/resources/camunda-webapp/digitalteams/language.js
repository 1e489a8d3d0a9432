/*
 * The webapps' language, imported by each app's scripts/config.js (Tasklist, Cockpit, Admin, Welcome).
 *
 * Vietnamese unless the user picked English in the user menu; the choice is kept in this browser
 * (localStorage). Camunda 7.24 takes the browser's first language when config.js offers it and the
 * fallback locale otherwise, so offering both would show English to every browser that asks for
 * English first. Each page therefore offers exactly the chosen language: Vietnamese for everyone
 * by default, English (Camunda's own locales/en.json) one click away.
 */
const STORAGE_KEY = 'digitalteams.locale';
const LANGUAGES = [
  {code: 'vi', label: 'Tiếng Việt'},
  {code: 'en', label: 'English'}
];
const MENU_ITEM = 'digitalteams-language';

function storedChoice() {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch (storageUnavailable) {
    return null;
  }
}

/** The language of this page: 'vi', or 'en' when the user chose it. */
export const locale = LANGUAGES.some(language => language.code === storedChoice()) ? storedChoice() : 'vi';

/** The locales block of config.js. */
export const locales = {availableLocales: [locale], fallbackLocale: locale};

function choose(code) {
  try {
    window.localStorage.setItem(STORAGE_KEY, code);
  } catch (storageUnavailable) {
    return;
  }
  window.location.reload();
}

/**
 * "Ngôn ngữ / Language" and one entry per language (each in its own language), between "My profile"
 * and "Sign out" in the user menu.
 */
function addToUserMenu(menu) {
  const logout = menu.querySelector(':scope > li.logout');
  const header = document.createElement('li');
  header.className = 'dropdown-header ' + MENU_ITEM;
  header.style.padding = '3px 10px';
  header.textContent = 'Ngôn ngữ / Language';
  menu.insertBefore(header, logout);
  LANGUAGES.forEach(language => {
    const item = document.createElement('li');
    item.className = MENU_ITEM + ' ' + MENU_ITEM + '-' + language.code + (language.code === locale ? ' active' : '');
    const link = document.createElement('a');
    link.href = '';
    link.lang = language.code;
    link.textContent = language.label;
    if (language.code === locale) {
      link.setAttribute('aria-current', 'true');
    }
    link.addEventListener('click', event => {
      event.preventDefault();
      if (language.code !== locale) {
        choose(language.code);
      }
    });
    item.appendChild(link);
    menu.insertBefore(item, logout);
  });
  const divider = document.createElement('li');
  divider.className = 'divider ' + MENU_ITEM;
  menu.insertBefore(divider, logout);
}

function refresh() {
  document.querySelectorAll('li.account > .dropdown-menu').forEach(menu => {
    if (!menu.querySelector(':scope > li.' + MENU_ITEM)) {
      addToUserMenu(menu);
    }
  });
}

// The header is rendered by AngularJS after login (and again after each new login): watch for it.
new MutationObserver(refresh).observe(document.documentElement, {childList: true, subtree: true});
document.documentElement.lang = locale;
