/*
 * Admin's lists of people (users, a group's or a commune's members) show one "Họ và tên" column,
 * "Lương Văn Hùng", where Camunda shows first and last name apart. Our accounts keep the family and
 * middle names in firstName and the given name in lastName (identity/UserAccounts), so Camunda's two
 * columns read "Lương Văn | Hùng" under the headings "Tên | Họ", the wrong way round for Vietnamese.
 * The profile form's labels say which part goes where ("Họ và tên đệm", "Tên": admin/locales/vi.json).
 * Loaded through customScripts by admin/scripts/config.js.
 *
 * Camunda's list templates have no hook for a column of our own: the given-name column is kept, as it
 * sorts people by given name as Vietnamese lists do, and shows the whole name; the family-name column is
 * hidden. The columns are found by their sort properties, which the templates give them.
 */
import {locale} from './language.js';
import {addStyleSheet} from './style-sheet.js';

const FULL_NAME = {vi: 'Họ và tên', en: 'Name'}[locale];
const FAMILY = 'digitalteams-family-name';

addStyleSheet(`
  .${FAMILY} {
    display: none;
  }
`);

function columnOf(table, property) {
  const heading = table.querySelector(`thead th[sort-by-property="${property}"]`);
  return heading ? [...heading.parentElement.children].indexOf(heading) : -1;
}

/** A sortable heading's label, the first text in it (the sort button follows). */
function headingText(heading) {
  const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT, {
    acceptNode: node => node.data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP
  });
  return walker.nextNode();
}

function showFullNames(table) {
  const family = columnOf(table, 'firstName');
  const given = columnOf(table, 'lastName');
  if (family < 0 || given < 0) {
    return;
  }
  table.querySelectorAll('tr').forEach(row => {
    const familyCell = row.children[family];
    const givenCell = row.children[given];
    familyCell.classList.add(FAMILY);
    if (givenCell.tagName === 'TH') {
      const text = headingText(givenCell);
      if (text && text.data.trim() !== FULL_NAME) {
        text.data = FULL_NAME;
      }
    } else if (givenCell.dataset.fullName !== givenCell.textContent) {
      givenCell.dataset.fullName = (familyCell.textContent.trim() + ' ' + givenCell.textContent.trim()).trim();
      givenCell.textContent = givenCell.dataset.fullName;
    }
  });
}

new MutationObserver(() => document.querySelectorAll('table').forEach(showFullNames))
  .observe(document.documentElement, {childList: true, subtree: true, characterData: true});
