/* Comment moderation on {context}/admin/comments: <div id="moderation" data-base="{context}" [data-locale]></div>.
 * Every server value is written as text, except bodyHtml, which the server has sanitized. */
(function () {
'use strict';

var root = document.getElementById('moderation');
if (!root) return;
var base = (root.getAttribute('data-base') || '').replace(/\/+$/, '');
var STATUSES = ['pending', 'approved', 'rejected', 'spam'];
var ACTIONS = ['approve', 'reject', 'spam', 'delete'];
var TEXT = {
  zh: {
    status: '状态', pending: '待审核', approved: '已通过', rejected: '已拒绝', spam: '垃圾', deleted: '已删除',
    article: '文章编号', load: '加载', more: '加载更多', bulk: '批量操作', approve: '通过', reject: '拒绝',
    markSpam: '标为垃圾', delete: '删除', caption: '评论列表', selectAll: '全选', select: '选择评论 #{id}',
    id: '编号', author: '作者', content: '内容', time: '时间', flags: '举报', ops: '操作', block: '封禁',
    blockOf: '封禁 #{id} 的作者', hours: '封禁时长（小时）', reason: '原因', confirmBlock: '确认封禁', cancel: '取消',
    heldFor: '待审原因：{r}',
    blocked: '已封禁 #{id} 的作者。', changed: '已处理 {n} 条评论。', noneSelected: '请先选择评论。',
    confirmDelete: '确定删除选中的 {n} 条评论？', empty: '没有符合条件的评论。', replyTo: '回复 #{id}',
    badArticle: '文章编号应为数字。', auth: '需要版主权限，请先登录', login: '登录', account: '账号',
    network: '网络错误，请稍后重试。', failed: '请求失败（{n}），请稍后重试。'
  },
  en: {
    status: 'Status', pending: 'Pending', approved: 'Approved', rejected: 'Rejected', spam: 'Spam', deleted: 'Deleted',
    article: 'Article ID', load: 'Load', more: 'Load more', bulk: 'Bulk actions', approve: 'Approve', reject: 'Reject',
    markSpam: 'Mark as spam', delete: 'Delete', caption: 'Comments', selectAll: 'Select all', select: 'Select comment #{id}',
    id: 'ID', author: 'Author', content: 'Content', time: 'Time', flags: 'Flags', ops: 'Actions', block: 'Block',
    blockOf: 'Block the author of #{id}', hours: 'Hours', reason: 'Reason', confirmBlock: 'Block', cancel: 'Cancel',
    heldFor: 'Held: {r}',
    blocked: 'The author of #{id} is blocked.', changed: '{n} comments changed.', noneSelected: 'Select comments first.',
    confirmDelete: 'Delete {n} selected comments?', empty: 'No comments match.', replyTo: 'Reply to #{id}',
    badArticle: 'The article ID must be a number.', auth: 'Moderator access is required; please log in',
    login: 'Log in', account: 'account', network: 'Network error; please try again.',
    failed: 'Request failed ({n}); please try again later.'
  }
};
var lang = pickLocale(root.getAttribute('data-locale'), document.documentElement.lang, navigator.language);
var T = TEXT[lang];

/** 'zh' or 'en': the first that says anything of data-locale, the page's <html lang> and the browser's language
 * (the rule of comments.js). */
function pickLocale(dataLocale, pageLang, browserLang) {
  var tag = [dataLocale, pageLang, browserLang].map((v) => typeof v === 'string' ? v.trim() : '').find((v) => v) || '';
  return /^zh(?:[-_]|$)/i.test(tag) ? 'zh' : 'en';
}
var seq = 0;
var cursor = null;
var loadSeq = 0;

var fmt = (s, v) => s.replace(/\{(\w+)\}/g, (_, k) => String(v[k]));
var uid = () => 'ink-mod-' + (++seq);

function h(tag, props, kids) {
  if (Array.isArray(props)) { kids = props; props = null; }
  var parts = tag.split('.'), n = document.createElement(parts[0]);
  if (parts.length > 1) n.className = parts.slice(1).join(' ');
  Object.keys(props || {}).forEach((k) => {
    var v = props[k];
    if (v == null || v === false) return;
    if (k === 'text') n.textContent = v;
    else if (k.startsWith('on')) n.addEventListener(k.slice(2), v);
    else n.setAttribute(k, v === true ? '' : String(v));
  });
  (kids || []).forEach((c) => { if (c != null && c !== false) n.append(c); });
  return n;
}

function labelled(text, control, srOnly) {
  control.id = control.id || uid();
  return [h('label' + (srOnly ? '.sr.ink-sr' : ''), { for: control.id, text: text }), control];
}

function localTime(iso) {
  var d = new Date(iso);
  if (!iso || isNaN(d.getTime())) return iso ? String(iso) : '';
  var p = (x) => String(x).padStart(2, '0');
  return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()) + ' ' + p(d.getHours()) + ':' + p(d.getMinutes());
}

async function api(method, path, body) {
  var init = { method: method, credentials: 'include', headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  var res, data = null;
  try {
    res = await fetch(base + path, init);
  } catch (e) {
    throw Object.assign(new Error(T.network), { status: 0 });
  }
  try { var txt = await res.text(); data = txt ? JSON.parse(txt) : null; } catch (e) { data = null; }
  if (res.ok) return data || {};
  data = data || {};
  throw Object.assign(new Error(typeof data.message === 'string' && data.message ? data.message : fmt(T.failed, { n: res.status })),
    { status: res.status, fields: data.fields && typeof data.fields === 'object' ? data.fields : {} });
}

(function injectCss() {
  var href = new URL(base + '/assets/css/comments.css', location.href).href;
  var links = document.querySelectorAll('link[rel~="stylesheet"]');
  for (var i = 0; i < links.length; i++) if (links[i].href.split(/[?#]/)[0] === href) return;
  document.head.append(h('link', { rel: 'stylesheet', href: href }));
})();

// ---- page ----
var status = h('select', { name: 'status' }, STATUSES.map((s) => h('option', { value: s, text: T[s] })));
var article = h('input', { name: 'article', inputmode: 'numeric', pattern: '[0-9]*', size: 8, autocomplete: 'off' });
var filter = h('form.ink-mod-filter', [h('span.ink-mod-field', labelled(T.status, status)),
  h('span.ink-mod-field', labelled(T.article, article)), h('button.ink-btn.ink-primary', { type: 'submit' }, [T.load])]);
var alertEl = h('div.ink-error', { role: 'alert' });
var statusEl = h('p.ink-status', { role: 'status' });
var bulkButtons = ACTIONS.map((a) => h('button.ink-btn' + (a === 'delete' ? '.ink-danger' : ''),
  { type: 'button', onclick: () => bulk(a) }, [T[a === 'spam' ? 'markSpam' : a]]));
var selectAll = h('input', { type: 'checkbox', onchange: () => boxes().forEach((b) => { b.checked = selectAll.checked; }) });
var tbody = h('tbody');
var table = h('table.ink-mod-table', [
  h('caption.sr.ink-sr', { text: T.caption }),
  h('thead', [h('tr', [h('th', { scope: 'col' }, labelled(T.selectAll, selectAll, true))]
    .concat(['id', 'article', 'author', 'content', 'status', 'time', 'flags', 'ops'].map((k) => h('th', { scope: 'col', text: T[k] }))))]),
  tbody
]);
var empty = h('p.ink-empty', { hidden: true, text: T.empty });
var more = h('button.ink-btn.ink-more', { type: 'button', hidden: true, onclick: () => load(false) }, [T.more]);
root.append(h('div.ink-widget.ink-mod', { lang: lang === 'zh' ? 'zh-CN' : 'en' }, [filter, alertEl, statusEl,
  h('div.ink-mod-bulk', { role: 'group', 'aria-label': T.bulk }, bulkButtons), h('div.ink-mod-scroll', [table]), empty, more]));

filter.addEventListener('submit', (ev) => { ev.preventDefault(); load(true); });
load(true);

function boxes() { return Array.from(tbody.querySelectorAll('input.ink-mod-select')); }

function showError(e) {
  alertEl.textContent = '';
  if (e.status === 401 || e.status === 403) {
    var path = new URL(base || '/', location.href).pathname.replace(/\/+$/, '');
    alertEl.append(T.auth + ' ', h('a', { href: base + '/login?return=' + encodeURIComponent(path + '/admin/comments'), text: T.login }));
  } else {
    alertEl.textContent = e.message;
  }
}

async function load(reset) {
  var mine = ++loadSeq;
  var id = article.value.trim();
  if (id && !/^\d+$/.test(id)) {
    alertEl.textContent = T.badArticle;
    article.setAttribute('aria-invalid', 'true');
    article.focus();
    return;
  }
  article.removeAttribute('aria-invalid');
  var q = new URLSearchParams({ status: status.value, size: '50' });
  if (id) q.set('article', id);
  if (!reset && cursor) q.set('cursor', cursor);
  table.setAttribute('aria-busy', 'true');
  more.disabled = true;
  try {
    var data = await api('GET', '/api/admin/comments?' + q);
    if (mine !== loadSeq) return;
    if (reset) {
      tbody.textContent = '';
      selectAll.checked = false;
    }
    var rows = (Array.isArray(data.items) ? data.items : []).map(row);
    rows.forEach((r) => tbody.append(r));
    cursor = typeof data.nextCursor === 'string' && data.nextCursor ? data.nextCursor : null;
    more.hidden = !cursor;
    empty.hidden = tbody.rows.length > 0;
    alertEl.textContent = '';
    if (!reset && rows.length) rows[0].querySelector('input').focus();
  } catch (e) {
    if (mine === loadSeq) showError(e);
  } finally {
    if (mine === loadSeq) { table.removeAttribute('aria-busy'); more.disabled = false; }
  }
}

function row(c) {
  var box = h('input.ink-mod-select', { type: 'checkbox', 'data-id': c.id });
  var body = h('div.ink-body');
  body.innerHTML = typeof c.bodyHtml === 'string' ? c.bodyHtml : ''; // sanitized by the server
  body.querySelectorAll('a').forEach((a) => a.setAttribute('rel', 'nofollow ugc noopener noreferrer'));
  var hash = typeof c.clientHash === 'string' ? c.clientHash : '';
  var flags = Array.isArray(c.flags) ? c.flags.length : c.flags;
  var canBlock = c.accountId != null || hash;
  var tr = h('tr', [
    h('td', labelled(fmt(T.select, { id: c.id }), box, true)),
    h('td', { text: String(c.id) }),
    h('td', [h('a', { href: base + '/articles/' + encodeURIComponent(c.articleId), text: c.articleTitle || '#' + c.articleId })]),
    h('td.ink-mod-author', [
      h('div.ink-nick', { text: c.nickname || '' }),
      c.accountId != null && h('div', { text: T.account + ': ' + (c.username || '#' + c.accountId) }),
      c.email && h('div', { text: c.email }),
      hash && h('code', { title: hash, text: hash.slice(0, 12) + (hash.length > 12 ? '…' : '') })
    ]),
    h('td', [c.parentId != null && h('div.ink-meta', { text: fmt(T.replyTo, { id: c.parentId }) }), body]),
    h('td', [T[c.status] || String(c.status || ''),
      typeof c.reason === 'string' && c.reason && h('div.ink-meta.ink-mod-reason', { text: fmt(T.heldFor, { r: c.reason }) })]),
    h('td', [c.createdAt && h('time', { datetime: String(c.createdAt), text: localTime(c.createdAt) })]),
    h('td', { text: flags == null ? '0' : String(flags) }),
    h('td')
  ]);
  if (canBlock) {
    var btn = h('button.ink-btn.ink-secondary', { type: 'button', 'aria-expanded': 'false', 'aria-label': fmt(T.blockOf, { id: c.id }) }, [T.block]);
    btn.addEventListener('click', () => toggleBlock(tr, btn, c));
    tr.cells[8].append(btn);
  }
  return tr;
}

function toggleBlock(tr, btn, c) {
  var open = tr.nextElementSibling && tr.nextElementSibling.classList.contains('ink-mod-block-row') ? tr.nextElementSibling : null;
  var close = (refocus) => {
    formRow.remove();
    btn.setAttribute('aria-expanded', 'false');
    if (refocus) btn.focus();
  };
  if (open) { open.remove(); btn.setAttribute('aria-expanded', 'false'); return; }
  var hours = h('input', { type: 'number', name: 'hours', min: 1, max: 87600, step: 1, value: 24, required: true });
  var reason = h('input', { name: 'reason', maxlength: 200, required: true });
  var err = h('p.ink-error', { role: 'alert' });
  var send = h('button.ink-btn.ink-danger', { type: 'submit' }, [T.confirmBlock]);
  var form = h('form.ink-mod-block', { 'aria-label': fmt(T.blockOf, { id: c.id }) }, [
    h('span.ink-mod-field', labelled(T.hours, hours)), h('span.ink-mod-field', labelled(T.reason, reason)), send,
    h('button.ink-btn.ink-secondary', { type: 'button', onclick: () => close(true) }, [T.cancel]), err]);
  var formRow = h('tr.ink-mod-block-row', [h('td', { colspan: 9 }, [form])]);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    send.disabled = true;
    // One subject: the account when there is one (it outlives the client address), otherwise the client hash.
    var subject = c.accountId != null ? { accountId: c.accountId } : { clientHash: c.clientHash };
    try {
      await api('POST', '/api/admin/blocks', Object.assign(subject, { hours: parseInt(hours.value, 10), reason: reason.value.trim() }));
      close(true);
      statusEl.textContent = fmt(T.blocked, { id: c.id });
    } catch (e) {
      err.textContent = [e.message].concat(Object.keys(e.fields || {}).map((k) => e.fields[k])).join(' ');
      send.disabled = false;
    }
  });
  tr.after(formRow);
  btn.setAttribute('aria-expanded', 'true');
  hours.focus();
}

async function bulk(action) {
  var ids = boxes().filter((b) => b.checked).map((b) => {
    var v = b.getAttribute('data-id');
    return /^\d+$/.test(v) ? Number(v) : v;
  });
  statusEl.textContent = '';
  if (!ids.length) { alertEl.textContent = T.noneSelected; return; }
  if (action === 'delete' && !window.confirm(fmt(T.confirmDelete, { n: ids.length }))) return;
  bulkButtons.forEach((b) => { b.disabled = true; });
  try {
    var res = await api('POST', '/api/admin/comments/actions', { ids: ids, action: action });
    alertEl.textContent = '';
    statusEl.textContent = fmt(T.changed, { n: typeof res.changed === 'number' ? res.changed : ids.length });
    await load(true);
  } catch (e) {
    showError(e);
  } finally {
    bulkButtons.forEach((b) => { b.disabled = false; });
  }
}
})();
