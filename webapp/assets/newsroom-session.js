/* 退出 in the newsroom navigation: ends the session (DELETE /api/session, same origin, no body, so the cross-site
 * check passes as for login.js's calls) and goes to the log-in page. The button carries data-base (context path). */
(function () {
'use strict';

var button = document.getElementById('nr-logout');
if (!button) return;
var base = (button.getAttribute('data-base') || '').replace(/\/+$/, '');
var out = document.getElementById('nr-logout-error');

button.addEventListener('click', async function () {
  button.disabled = true;
  if (out) out.textContent = '';
  try {
    var res = await fetch(base + '/api/session', { method: 'DELETE', credentials: 'same-origin',
      headers: { Accept: 'application/json' } });
    // 401: the session had already ended; either way the caller is logged out now.
    if (!res.ok && res.status !== 401) throw new Error('退出失败（' + res.status + '），请稍后重试。');
    location.assign(base + '/login');
  } catch (e) {
    button.disabled = false;
    if (out) out.textContent = e instanceof TypeError ? '网络错误，请稍后重试。' : e.message;
  }
});
})();
