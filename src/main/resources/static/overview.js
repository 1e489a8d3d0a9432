// The commune's numbers on the landing page, for a user logged into the webapps (their session
// cookie reaches /api/overview); anyone else is told where to log in. Text goes in as textContent only.
(function () {
  'use strict';

  var FIGURES = [
    ['teams', 'Tổ công nghệ số'],
    ['members', 'Thành viên'],
    ['openApprovals', 'Hồ sơ chờ phê duyệt'],
    ['openScamReports', 'Tin báo lừa đảo đang xử lý'],
    ['overdueReports', 'Báo cáo quá hạn']
  ];
  var numbers = new Intl.NumberFormat('vi-VN');
  var section = document.getElementById('overview');

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function replaceContent(heading, body) {
    section.replaceChildren(element('h2', null, heading), body);
    section.setAttribute('aria-busy', 'false');
  }

  function showFigures(overview) {
    var names = overview.communes.map(function (commune) { return commune.name; });
    var heading = overview.allCommunes ? 'Số liệu của tất cả các xã'
      : names.length ? 'Số liệu của xã ' + names.join(', ') : 'Số liệu của xã';
    var list = element('ul', 'figures');
    FIGURES.forEach(function (figure) {
      var value = Number(overview[figure[0]]) || 0;
      var item = element('li', 'figure figure-' + figure[0] + (figure[0] === 'overdueReports' && value > 0 ? ' alert' : ''));
      item.appendChild(element('span', 'number', numbers.format(value)));
      item.appendChild(element('span', 'label', figure[1]));
      list.appendChild(item);
    });
    replaceContent(heading, list);
  }

  function showLoginHint() {
    var hint = element('p', 'hint');
    var link = element('a', null, 'Đăng nhập Tasklist');
    link.href = '/camunda/app/tasklist/';
    hint.appendChild(link);
    hint.appendChild(document.createTextNode(' để xem số liệu của xã.'));
    replaceContent('Số liệu của xã', hint);
  }

  function showFailure() {
    replaceContent('Số liệu của xã', element('p', 'hint', 'Chưa tải được số liệu. Vui lòng tải lại trang sau ít phút.'));
  }

  section.setAttribute('aria-busy', 'true');
  fetch('/api/overview', {
    credentials: 'same-origin',
    // Tells the API not to ask for Basic auth, which would pop up the browser's password dialog.
    headers: {'Accept': 'application/json', 'X-Requested-With': 'fetch'}
  }).then(function (response) {
    if (response.status === 401) {
      showLoginHint();
      return null;
    }
    if (!response.ok) {
      throw new Error('HTTP ' + response.status);
    }
    return response.json().then(showFigures);
  }).catch(showFailure);
})();
