/* The history of one article (/newsroom/articles/{id}/history): revisions with preview and restore, the audit of
 * transitions, and the character-level diff (GET .../diff) between any two revisions, shown with <del> and <ins>. */
(function () {
'use strict';

var N = window.InkNewsroom, h = N.h;
var root = document.getElementById('nr-history');
if (!root) return;
var base = (root.getAttribute('data-base') || '').replace(/\/+$/, '');
var id = root.getAttribute('data-id');
var zone = root.getAttribute('data-zone') || 'Asia/Shanghai';
var alertEl = document.getElementById('nr-alert'), statusEl = document.getElementById('nr-status');
var api = '/api/newsroom/articles/' + id;
var FIELDS = N.FIELD;

function fail(e) {
  alertEl.textContent = '';
  if (e.status === 401) alertEl.append('登录已过期，请', h('a', { href: N.loginHref(base), text: '重新登录' }), '。');
  else alertEl.textContent = N.describe(e);
}

function who(b) { return b && typeof b === 'object' ? b.displayName || '#' + b.id : ''; }

/**
 * The revisions table's name of a revision's action: restore is either 恢复旧版本 (POST .../revisions/{n}/restore)
 * or the withdrawn article's 恢复为草稿, a transition the audit lists with its revision number (untransitioned).
 */
function revisionAction(r, transitionRevisions) {
  if (r.action === 'restore' && !transitionRevisions[r.n]) return '恢复旧版本';
  return N.ACTION[r.action] || r.action || '';
}

async function loadRevisions(transitionRevisions) {
  var data = await N.api(base, 'GET', api + '/revisions');
  var items = Array.isArray(data.items) ? data.items : [];
  var tbody = document.getElementById('rev-rows'), from = document.getElementById('diff-from'), to = document.getElementById('diff-to');
  tbody.textContent = '';
  from.textContent = '';
  to.textContent = '';
  items.forEach(function (r) {
    var label = '版本 ' + r.n;
    tbody.append(h('tr', [
      h('td', { text: String(r.n) + (r.imported ? '（导入）' : '') }), h('td', [N.time(r.at, zone)]), h('td', { text: who(r.by) }),
      h('td', { text: revisionAction(r, transitionRevisions || {}) }),
      h('td', [h('a', { href: base + '/newsroom/articles/' + id + '/preview?revision=' + r.n, text: '预览', 'aria-label': '预览' + label }), ' ',
        h('button', { type: 'button', text: '恢复', 'aria-label': '恢复' + label + '为新版本', onclick: function () { restore(r.n); } })])
    ]));
    from.append(h('option', { value: r.n, text: label }));
    to.append(h('option', { value: r.n, text: label }));
  });
  var ns = items.map(function (r) { return r.n; }).sort(function (a, b) { return a - b; });
  if (ns.length) {
    to.value = String(ns[ns.length - 1]);
    from.value = String(ns.length > 1 ? ns[ns.length - 2] : ns[0]);
  }
  return ns;
}

async function loadAudit() {
  var data = await N.api(base, 'GET', api + '/history');
  var tbody = document.getElementById('audit-rows'), restores = {};
  tbody.textContent = '';
  (Array.isArray(data.items) ? data.items : []).forEach(function (a) {
    if (a.action === 'restore' && a.revision != null) restores[a.revision] = true;
    tbody.append(h('tr', [h('td', [N.time(a.at, zone)]), h('td', { text: who(a.by) }), h('td', { text: N.ACTION[a.action] || a.action || '' }),
      h('td', { text: N.STATUS[a.from] || a.from || '' }), h('td', { text: N.STATUS[a.to] || a.to || '' }),
      h('td', { text: a.reason || '' }), h('td', { text: a.revision != null ? String(a.revision) : '' })]));
  });
  return restores;
}

async function diff(from, to) {
  var out = document.getElementById('diff-out');
  var data = await N.api(base, 'GET', api + '/diff?from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(to));
  out.textContent = '';
  var changed = (Array.isArray(data.fields) ? data.fields : []).filter(function (f) {
    return Array.isArray(f.changes) && f.changes.some(function (c) { return c.op !== 'equal'; });
  });
  out.append(h('p', { text: '版本 ' + from + ' → 版本 ' + to + '：' + (changed.length ? changed.length + ' 个字段有改动。' : '没有改动。') }));
  changed.forEach(function (f) {
    var p = h('p.nr-diff');
    f.changes.forEach(function (c) {
      var text = String(c.text == null ? '' : c.text);
      p.append(c.op === 'insert' ? h('ins', { text: text }) : c.op === 'delete' ? h('del', { text: text }) : text);
    });
    out.append(h('h3', { text: FIELDS[f.field] || f.field }), p);
  });
}

async function restore(n) {
  alertEl.textContent = '';
  try {
    var a = await N.api(base, 'GET', api);
    var r = await N.api(base, 'POST', api + '/revisions/' + n + '/restore', { version: a.version });
    statusEl.textContent = '已将版本 ' + n + ' 恢复为新版本（当前版本 ' + r.version + '）。';
    await loadRevisions(await loadAudit());
  } catch (e) {
    fail(e);
  }
}

document.getElementById('diff-form').addEventListener('submit', async function (ev) {
  ev.preventDefault();
  try {
    await diff(document.getElementById('diff-from').value, document.getElementById('diff-to').value);
    document.getElementById('diff').focus();
  } catch (e) {
    fail(e);
  }
});

(async function () {
  root.setAttribute('aria-busy', 'true');
  try {
    var ns = await loadRevisions(await loadAudit());
    if (ns.length > 1) await diff(ns[ns.length - 2], ns[ns.length - 1]);
  } catch (e) {
    fail(e);
  } finally {
    root.removeAttribute('aria-busy');
    root.setAttribute('data-ready', 'true');
  }
})();
})();
