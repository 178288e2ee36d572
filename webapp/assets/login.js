/* Login and registration on {context}/login. The forms carry data-base (context path) and, for login,
 * data-return: where to go afterwards. The server has already checked data-return; it is checked again here
 * because following an attacker's "//evil.example" or "/\evil.example" would be an open redirect. */
(function () {
'use strict';

// The page's language decides (the browser's only when the page names none), like the comment widget's.
var zh = /^zh(?:[-_]|$)/i.test((document.documentElement.lang || '').trim() || navigator.language || '');
var T = zh
  ? { network: '网络错误，请稍后重试。', failed: '请求失败（{n}），请稍后重试。' }
  : { network: 'Network error; please try again.', failed: 'Request failed ({n}); please try again later.' };

/** Only a same-site absolute path: one leading slash, no "//" or "/\", no control characters or spaces
 * (browsers drop tabs and newlines from URLs, so "/\t/evil.example" would become "//evil.example"). */
function safeReturn(r) {
  if (typeof r !== 'string' || r.charAt(0) !== '/' || r.charAt(1) === '/' || r.charAt(1) === '\\') return null;
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(r)) return null;
  try {
    return new URL(r, location.origin).origin === location.origin ? r : null;
  } catch (e) {
    return null;
  }
}

async function post(base, path, body, method) {
  var res;
  try {
    res = await fetch(base + path, {
      method: method || 'POST', credentials: 'include',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, body: JSON.stringify(body)
    });
  } catch (e) {
    throw Object.assign(new Error(T.network), { fields: {} });
  }
  if (res.ok) return res.status === 204 ? null : res.json().catch(() => null);
  var data = {};
  try { data = (await res.json()) || {}; } catch (e) { data = {}; }
  throw Object.assign(new Error(typeof data.message === 'string' && data.message ? data.message : T.failed.replace('{n}', res.status)),
    { fields: data.fields && typeof data.fields === 'object' ? data.fields : {} });
}

/** Writes the message and each field's reason (named by its label) into the form's alert element. */
function showError(form, out, e) {
  form.querySelectorAll('[aria-invalid]').forEach((c) => c.removeAttribute('aria-invalid'));
  var lines = [e.message];
  Object.keys(e.fields || {}).forEach((name) => {
    var control = form.elements.namedItem(name) || document.getElementById(
      form.id.split('-')[0] + '-' + name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()));
    var label = control && control.labels && control.labels[0] ? control.labels[0].textContent.trim() + ': ' : '';
    if (control && control.setAttribute) control.setAttribute('aria-invalid', 'true');
    lines.push(label + e.fields[name]);
  });
  out.textContent = lines.join(' ');
  var first = form.querySelector('[aria-invalid]');
  if (first) first.focus();
}

function wire(form, out, run) {
  if (!form || !out) return;
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    var buttons = form.querySelectorAll('button');
    buttons.forEach((b) => { b.disabled = true; });
    out.textContent = '';
    try {
      await run((form.getAttribute('data-base') || '').replace(/\/+$/, ''));
    } catch (e) {
      buttons.forEach((b) => { b.disabled = false; });
      showError(form, out, e);
    }
  });
}

var loginForm = document.getElementById('login-form');
var returnTo = loginForm ? safeReturn(loginForm.getAttribute('data-return')) : null;
var value = (id) => document.getElementById(id).value;

async function logIn(base, username, password) {
  var session = await post(base, '/api/session', { username: username, password: password });
  if (session && session.passwordChangeRequired) {
    askForNewPassword(password);
    return;
  }
  location.assign(returnTo || base + '/');
}

/** A log-in with a one-time password from an administrator's reset: the new password comes first. */
function askForNewPassword(oneTime) {
  var section = document.getElementById('change-section');
  if (!section) return;
  section.hidden = false;
  if (oneTime) document.getElementById('change-current-password').value = oneTime;
  if (loginForm) loginForm.querySelectorAll('button').forEach((b) => { b.disabled = false; });
  var error = document.getElementById('login-error');
  if (error) error.textContent = '登录成功，但须先修改临时密码。';
  document.getElementById('change-new-password').focus();
}

wire(document.getElementById('change-form'), document.getElementById('change-error'), async (base) => {
  await post(base, '/api/accounts/me/password',
    { currentPassword: value('change-current-password'), newPassword: value('change-new-password') }, 'PUT');
  location.assign(returnTo || base + '/');
});

// A session sent here to change its one-time password (the server refuses everything else until then).
if (loginForm) {
  fetch((loginForm.getAttribute('data-base') || '').replace(/\/+$/, '') + '/api/session',
    { credentials: 'include', headers: { Accept: 'application/json' } })
    .then((r) => r.ok ? r.json() : null)
    .then((s) => { if (s && s.passwordChangeRequired) askForNewPassword(null); })
    .catch(() => {});
}

wire(loginForm, document.getElementById('login-error'),
  (base) => logIn(base, value('login-username').trim(), value('login-password')));

wire(document.getElementById('register-form'), document.getElementById('register-error'), async (base) => {
  var username = value('register-username').trim(), password = value('register-password');
  await post(base, '/api/accounts', { username: username, displayName: value('register-display-name').trim(), password: password });
  await logIn(base, username, password);
});
})();
