/*
 * The signed-in user's commune next to the product's name in the header ("Xã Tam Quang"), where the
 * header has room: officials of several communes share the system. /api/overview names the communes
 * of the webapp session's user (none for an admin, who sees all). Loaded through customScripts by
 * each app's scripts/config.js.
 *
 * The header's brand is rendered by AngularJS once someone is logged in (again after each login), so
 * an observer waits for it; the name is added as an element of ours beside Camunda's text.
 */
import {addStyleSheet} from './style-sheet.js';

const COMMUNE = 'digitalteams-commune';

addStyleSheet(`
  [cam-widget-header] .navbar-brand .${COMMUNE} {
    margin-left: 12px;
    font-size: 15px;
    color: #666;
  }
  @media (max-width: 991px) {
    [cam-widget-header] .navbar-brand .${COMMUNE} {
      display: none;
    }
  }
`);

function communesOf(overview) {
  return overview.allCommunes ? '' : overview.communes.map(commune => 'Xã ' + commune.name).join(', ');
}

function name(brand) {
  const element = document.createElement('span');
  element.className = COMMUNE;
  brand.appendChild(element);
  fetch('/api/overview', {
    credentials: 'same-origin',
    // Tells the API not to ask for Basic auth, which would pop up the browser's password dialog.
    headers: {'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest'}
  }).then(response => response.ok ? response.json() : null).then(overview => {
    element.textContent = overview ? communesOf(overview) : '';
  }, () => {
    // Offline or refused: the header stays without the commune's name, as for an admin.
  });
}

new MutationObserver(() => document.querySelectorAll('[cam-widget-header] .navbar-brand').forEach(brand => {
  if (!brand.querySelector('.' + COMMUNE)) {
    name(brand);
  }
})).observe(document.documentElement, {childList: true, subtree: true});
