/* Shared helpers of the newsroom administration pages (channels, picks, accounts): JSON calls to the admin API
 * with the session cookie, and element building that writes every server value as text, never as HTML. */
(function () {
'use strict';

/** Calls the API; resolves with the parsed body (null for 204), rejects with an Error carrying status, code and fields. */
async function api(base, method, path, body) {
  var res;
  try {
    res = await fetch(base + path, {
      method: method, credentials: 'include',
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  } catch (e) {
    throw Object.assign(new Error('网络错误，请稍后重试。'), { status: 0, fields: {} });
  }
  if (res.status === 204) return null;
  var data = null;
  try { data = await res.json(); } catch (e) { data = null; }
  if (res.ok) return data;
  if (res.status === 401) {
    location.assign(base + '/login?return=' + encodeURIComponent(location.pathname));
  }
  var message = data && typeof data.message === 'string' && data.message ? data.message : '请求失败（' + res.status + '），请稍后重试。';
  var fields = data && data.fields && typeof data.fields === 'object' ? data.fields : {};
  var detail = Object.keys(fields).map((k) => k + '：' + fields[k]).join('；');
  throw Object.assign(new Error(detail ? message + '（' + detail + '）' : message),
    { status: res.status, code: data && data.code, fields: fields });
}

/** A new element: h('button.small', {type: 'button', onclick: f}, ['text', node]). Strings become text nodes. */
function h(tag, props, kids) {
  var parts = tag.split('.'), n = document.createElement(parts[0]);
  if (parts.length > 1) n.className = parts.slice(1).join(' ');
  Object.keys(props || {}).forEach((k) => {
    var v = props[k];
    if (v == null || v === false) return;
    if (k.indexOf('on') === 0) n.addEventListener(k.substring(2), v);
    else if (k === 'text') n.textContent = v;
    else if (k in n && k !== 'list' && k !== 'form') n[k] = v;
    else n.setAttribute(k, v === true ? '' : String(v));
  });
  (kids || []).forEach((c) => n.appendChild(typeof c === 'string' ? document.createTextNode(c) : c));
  return n;
}

/** A time as the site shows it: YYYY-MM-DD HH:mm of the ISO string's own offset (the site's zone). */
function time(iso) {
  return typeof iso === 'string' && iso.length >= 16 ? iso.substring(0, 10) + ' ' + iso.substring(11, 16) : '';
}

/** Runs an action, showing its outcome in the status element; buttons are disabled meanwhile. */
async function run(status, button, action, done) {
  if (button) button.disabled = true;
  status.textContent = '';
  try {
    var r = await action();
    if (done) status.textContent = typeof done === 'function' ? done(r) : done;
    return r;
  } catch (e) {
    status.textContent = e.message;
    return undefined;
  } finally {
    if (button) button.disabled = false;
  }
}

window.InkstoneAdmin = { api: api, h: h, time: time, run: run };
})();
