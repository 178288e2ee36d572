/* The article editor (/newsroom/articles/new, /newsroom/articles/{id}/edit): <form id="nr-editor" data-base data-zone
 * [data-id]>. The body is edited with Quill 1.3.7 (served from the WebJar); the server sanitizes it again on save.
 * - Explicit save: POST (new) or PUT with the version edited; a 409 version_conflict opens the conflict view (the
 *   server's current version next to the user's, field by field) and nothing is overwritten without a choice.
 * - Autosave: every 30 s, when something changed, PUT .../working-copy (existing articles). Every change is also
 *   kept in localStorage until an explicit save, so a session that expired (401) or a closed tab loses nothing: the
 *   page offers to restore it when opened again.
 * - Transitions: one button per action the API lists in allowedActions; submitting with sensitive-word matches
 *   needs the acknowledgement checkbox. */
(function () {
'use strict';

var N = window.InkNewsroom, h = N.h;
var form = document.getElementById('nr-editor');
if (!form || !window.Quill) return;
var base = (form.getAttribute('data-base') || '').replace(/\/+$/, '');
var zone = form.getAttribute('data-zone') || 'Asia/Shanghai';
var id = form.getAttribute('data-id') || null;
var AUTOSAVE_MS = 30000;
var $ = function (x) { return document.getElementById(x); };
var alertEl = $('nr-alert'), statusEl = $('nr-status');
var LABELS = { title: '标题', subtitle: '副标题', summary: '摘要', bodyHtml: '正文', channel: '栏目', tags: '关键词',
  source: '来源', byline: '作者', coverImage: '封面图片', publishAt: '发布时间', correctionNote: '更正说明' };
var FIELD_NAMES = { title: '标题', subtitle: '副标题', summary: '摘要', body: '正文' };

// ---- Quill ----
var quill = new window.Quill('#body-editor', {
  theme: 'snow',
  placeholder: '在此输入正文',
  formats: ['header', 'bold', 'italic', 'underline', 'blockquote', 'list', 'link', 'image'],
  modules: {
    toolbar: '#body-toolbar',
    // Tab leaves the editor (keyboard users must get out of it); the toolbar has the formats
    keyboard: { bindings: { tab: { key: 9, handler: function () { return true; } } } }
  }
});
quill.root.setAttribute('role', 'textbox');
quill.root.setAttribute('aria-multiline', 'true');
quill.root.setAttribute('aria-labelledby', 'body-label');
document.querySelectorAll('.ql-tooltip input').forEach(function (i) { i.setAttribute('aria-label', '链接地址'); });

// ---- state ----
var article = null;      // the last server version (GET body)
var version = null;      // the version the edits are based on
var cover = null;        // {hash, url, alt} or null
var dirty = false;       // changed since the last explicit save or load
var autosaveDirty = false; // changed since the last autosave
var saving = false;

function storageKey() { return 'inkstone.newsroom.' + (id || 'new'); }

function fields() {
  var tags = $('tags').value.split(/[,，、;；]/).map(function (t) { return t.trim(); }).filter(Boolean);
  var empty = quill.getText().trim() === '' && !quill.root.querySelector('img');
  return {
    title: $('title').value.trim(), subtitle: $('subtitle').value.trim(), summary: $('summary').value.trim(),
    bodyHtml: empty ? '' : cleanBody(), channel: $('channel').value, tags: tags,
    source: $('source').value.trim(), byline: $('byline').value.trim(),
    coverImage: cover ? { hash: cover.hash, credit: $('cover-credit').value.trim() } : null,
    publishAt: N.zonedToRfc3339($('publish-at').value, zone),
    correctionNote: $('correction-note').value.trim() || null
  };
}

/**
 * The body as saved: without empty paragraphs (pasted Word and WeChat text is full of them) and without images from
 * elsewhere (only the media library's images are kept by the server; a pasted WeChat image would leave a hole).
 */
function cleanBody() {
  var doc = new DOMParser().parseFromString('<body>' + quill.root.innerHTML + '</body>', 'text/html');
  var own = new RegExp('^(' + base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + ')?/?media/[0-9a-f]{64}(-[0-9]+)?\\.(jpg|png)$');
  doc.body.querySelectorAll('img').forEach(function (i) { if (!own.test(i.getAttribute('src') || '')) i.remove(); });
  doc.body.querySelectorAll('p, h2, h3, h4, blockquote, li').forEach(function (e) {
    if (!e.textContent.replace(/[\s\u00a0\u200b]/g, '') && !e.querySelector('img')) e.remove();
  });
  doc.body.querySelectorAll('ol, ul').forEach(function (e) { if (!e.children.length) e.remove(); });
  return doc.body.innerHTML;
}

function channelId(c) { return c && typeof c === 'object' ? c.id : c; }

function fill(a) {
  $('title').value = a.title || '';
  $('subtitle').value = a.subtitle || '';
  $('summary').value = a.summary || '';
  $('channel').value = channelId(a.channel) || '';
  $('tags').value = (Array.isArray(a.tags) ? a.tags : []).join('，');
  $('source').value = a.source || '';
  $('byline').value = a.byline || '';
  $('publish-at').value = N.toZonedLocal(a.publishAt, zone);
  $('correction-note').value = a.correctionNote || '';
  $('correction').hidden = !(a.live || a.status === 'published' || a.correctionNote);
  var ci = a.coverImage && typeof a.coverImage === 'object' && a.coverImage.hash ? a.coverImage : null;
  setCover(ci ? { hash: ci.hash, url: ci.url || null, alt: ci.alt || '' } : null);
  $('cover-credit').value = ci && ci.credit ? ci.credit : '';
  quill.setContents(quill.clipboard.convert(a.bodyHtml || ''), 'silent');
  quill.history.clear();
}

function markDirty() {
  dirty = true;
  autosaveDirty = true;
  keepLocally();
}

var localTimer = null;
function keepLocally() {
  clearTimeout(localTimer);
  localTimer = setTimeout(writeLocal, 500);
}
function writeLocal() {
  try {
    localStorage.setItem(storageKey(), JSON.stringify({ fields: fields(), version: version, savedAt: new Date().toISOString() }));
  } catch (e) { /* storage full or refused: the working copy on the server still holds it */ }
}
function readLocal() {
  try { return JSON.parse(localStorage.getItem(storageKey()) || 'null'); } catch (e) { return null; }
}
function dropLocal() {
  clearTimeout(localTimer);
  try { localStorage.removeItem(storageKey()); } catch (e) { /* nothing kept */ }
}

quill.on('text-change', function (d, old, source) { if (source === 'user') markDirty(); });
form.addEventListener('input', function (ev) { if (ev.target !== quill.root && !quill.root.contains(ev.target)) markDirty(); });
form.addEventListener('change', function (ev) { if (ev.target.id !== 'media-file' && ev.target.id !== 'ack-sensitive') markDirty(); });
window.addEventListener('beforeunload', function () { if (dirty) writeLocal(); });

// ---- messages ----
function say(text) { statusEl.textContent = text; }

function fail(e) {
  form.querySelectorAll('[aria-invalid]').forEach(function (c) { c.removeAttribute('aria-invalid'); });
  alertEl.textContent = '';
  if (e.status === 401) {
    writeLocal();
    alertEl.append('登录已过期：你输入的内容已保存在本浏览器中，没有丢失。请', h('a', { href: N.loginHref(base), text: '重新登录' }),
      '，回到本页后可以恢复这些内容。');
    return;
  }
  if (e.status === 0) writeLocal();
  var f = e.fields || {};
  var lines = [e.message];
  Object.keys(f).forEach(function (k) {
    lines.push((LABELS[k] || k) + '：' + f[k]);
    var c = form.elements.namedItem(k);
    if (c && c.setAttribute) c.setAttribute('aria-invalid', 'true');
  });
  alertEl.textContent = lines.join(' ');
  var first = form.querySelector('[aria-invalid]');
  if (first) first.focus();
}

// ---- loading ----
async function load() {
  var a = await N.api(base, 'GET', '/api/newsroom/articles/' + id);
  article = a;
  version = a.version;
  fill(a);
  dirty = false;
  autosaveDirty = false;
  showState(a);
  showSensitive(a.sensitive);
  showNearDuplicates(a.nearDuplicates);
  showActions(a.allowedActions);
  await showReturned(a);
  return a;
}

/** For a returned article: who returned it, when, and why (the newest return in GET .../history). */
async function showReturned(a) {
  var box = $('nr-returned');
  if (!box) return;
  box.hidden = true;
  if (a.status !== 'returned') return;
  var item = null;
  try {
    item = N.latest((await N.api(base, 'GET', '/api/newsroom/articles/' + id + '/history')).items, 'return');
  } catch (e) {
    item = null; // the editor works without it; the history page has it too
  }
  $('returned-text').textContent = item
    ? (item.by && item.by.displayName ? item.by.displayName : '审核人') + ' 于 ' + N.showTime(item.at, zone) + ' 退回：'
      + (item.reason || '（未填写原因）')
    : '原因见历史版本页的流程记录。';
  box.hidden = false;
}

function showState(a) {
  var s = N.statusLabel(a);
  if (a.status === 'in_review' && a.reviewLevel) s += ' · ' + N.levelName(a.reviewLevel) + ' / 共 ' + (a.reviewLevels || '?') + ' 级';
  var author = a.author && a.author.displayName ? ' · 作者账号：' + a.author.displayName : '';
  say('状态：' + s + ' · 版本 ' + a.version + author);
}

/** Offers the newest of the server's working copy and this browser's kept copy when it differs from the article. */
async function offerRestore() {
  var candidates = [];
  var local = readLocal();
  if (local && local.fields) candidates.push({ fields: local.fields, savedAt: local.savedAt, where: '本浏览器' });
  if (id) {
    try {
      var wc = await N.api(base, 'GET', '/api/newsroom/articles/' + id + '/working-copy');
      candidates.push({ fields: wc, savedAt: wc.savedAt, where: '自动保存' });
    } catch (e) {
      if (e.status !== 404) throw e;
    }
  }
  var current = JSON.stringify(comparable(fields()));
  candidates = candidates.filter(function (c) { return JSON.stringify(comparable(c.fields)) !== current; })
    .sort(function (x, y) { return (Date.parse(y.savedAt) || 0) - (Date.parse(x.savedAt) || 0); }); // instants: offsets differ
  if (!candidates.length) { dropLocal(); return; }
  var c = candidates[0];
  $('restore-text').textContent = '找到' + c.where + '于 ' + N.showTime(c.savedAt, zone) + ' 保存、尚未正式保存的内容。要恢复吗？';
  $('nr-restore').hidden = false;
  $('restore-yes').onclick = function () {
    var v = version;
    fill(Object.assign({}, article || {}, c.fields));
    version = v;
    $('nr-restore').hidden = true;
    markDirty();
    say('已恢复未保存的内容，请检查后保存。');
    $('title').focus();
  };
  $('restore-no').onclick = async function () {
    $('nr-restore').hidden = true;
    dropLocal();
    if (id) {
      try { await N.api(base, 'DELETE', '/api/newsroom/articles/' + id + '/working-copy'); } catch (e) { fail(e); }
    }
    $('title').focus();
  };
}

/** The fields as compared for "is it different": the body by its text and images, tags as a list. */
function comparable(f) {
  f = f || {};
  var ci = f.coverImage && typeof f.coverImage === 'object' ? f.coverImage : null;
  return { title: f.title || '', subtitle: f.subtitle || '', summary: f.summary || '', body: bodyText(f.bodyHtml),
    channel: channelId(f.channel) || '', tags: (Array.isArray(f.tags) ? f.tags : []).join('，'), source: f.source || '',
    byline: f.byline || '', cover: ci ? ci.hash + ' ' + (ci.credit || '') : '', publishAt: N.showTime(f.publishAt, zone) };
}

function bodyText(html) {
  var doc = new DOMParser().parseFromString('<body>' + (html || '') + '</body>', 'text/html');
  var imgs = Array.prototype.map.call(doc.querySelectorAll('img'), function (i) { return '[图片 ' + (i.getAttribute('alt') || i.getAttribute('src')) + ']'; });
  return (doc.body.textContent || '').replace(/\s+/g, ' ').trim() + (imgs.length ? ' ' + imgs.join(' ') : '');
}

// ---- saving ----
async function save() {
  if (saving) return false;
  saving = true;
  alertEl.textContent = '';
  var f = fields();
  try {
    if (!id) {
      var created = await N.api(base, 'POST', '/api/newsroom/articles', f);
      dropLocal();
      id = String(created.id);
      form.setAttribute('data-id', id);
      history.replaceState(null, '', base + '/newsroom/articles/' + id + '/edit');
    } else {
      var r = await N.api(base, 'PUT', '/api/newsroom/articles/' + id, Object.assign({ version: version }, f));
      version = r.version;
    }
    dropLocal();
    await load();
    say('已保存 · ' + statusEl.textContent);
    return true;
  } catch (e) {
    if (e.status === 409 && e.code === 'version_conflict') {
      writeLocal();
      showConflict(e.body && e.body.current ? e.body.current : null, f);
    } else {
      fail(e);
    }
    return false;
  } finally {
    saving = false;
  }
}

form.addEventListener('submit', function (ev) { ev.preventDefault(); save(); });

async function autosave() {
  if (!id || !autosaveDirty || saving) return;
  autosaveDirty = false;
  try {
    await N.api(base, 'PUT', '/api/newsroom/articles/' + id + '/working-copy', fields());
    say('已自动保存于 ' + N.showTime(new Date().toISOString(), zone) + '（未保存为新版本）');
  } catch (e) {
    autosaveDirty = true;
    fail(e);
  }
}
setInterval(autosave, AUTOSAVE_MS);

// ---- conflict view ----
function showConflict(current, mine) {
  var box = $('nr-conflict'), rows = $('conflict-rows');
  rows.textContent = '';
  if (!current) {
    $('conflict-text').textContent = '稿件已被他人修改，但服务器没有给出当前版本。请刷新页面（你的内容已保存在本浏览器中）。';
  } else {
    var by = current.updatedBy && current.updatedBy.displayName ? '，由 ' + current.updatedBy.displayName + ' 修改' : '';
    $('conflict-text').textContent = '你编辑的是版本 ' + version + '；服务器上现在是版本 ' + current.version + by + '（'
      + N.showTime(current.updatedAt, zone) + '，' + N.statusLabel(current) + '）。下表列出两者不同的字段。你的修改没有保存，也不会被自动覆盖。';
    var theirs = comparable(current), yours = comparable(mine);
    var names = { title: '标题', subtitle: '副标题', summary: '摘要', body: '正文', channel: '栏目', tags: '关键词', source: '来源',
      byline: '作者', cover: '封面图片', publishAt: '发布时间' };
    Object.keys(names).forEach(function (k) {
      if (theirs[k] === yours[k]) return;
      rows.append(h('tr', [h('th', { scope: 'row', text: names[k] }), h('td', [h('del', { text: theirs[k] || '（空）' })]),
        h('td', [h('ins', { text: yours[k] || '（空）' })])]));
    });
    if (!rows.rows.length) rows.append(h('tr', [h('td', { colspan: 3, text: '内容相同，只是版本号不同。' })]));
  }
  box.hidden = false;
  box.focus();
  $('conflict-mine').disabled = !current;
  $('conflict-theirs').disabled = !current;
  $('conflict-mine').onclick = function () {
    version = current.version;
    box.hidden = true;
    save();
  };
  $('conflict-theirs').onclick = function () {
    article = current;
    version = current.version;
    fill(current);
    dirty = false;
    autosaveDirty = false;
    dropLocal();
    showState(current);
    showSensitive(current.sensitive);
    showNearDuplicates(current.nearDuplicates);
    showActions(current.allowedActions);
    box.hidden = true;
    say('已载入当前版本 ' + current.version + '。');
    $('title').focus();
  };
  $('conflict-close').onclick = function () { box.hidden = true; $('title').focus(); };
}

// ---- sensitive words ----
var sensitive = [];
function showSensitive(list) {
  var before = words(sensitive);
  sensitive = Array.isArray(list) ? list : [];
  var box = $('nr-sensitive'), ul = $('sensitive-list');
  ul.textContent = '';
  // an acknowledgement holds for the words it was given for: a new word needs a new one
  if (words(sensitive) !== before) $('ack-sensitive').checked = false;
  box.hidden = sensitive.length === 0;
  var text = $('title').value + '\n' + quill.getText();
  var seen = {};
  sensitive.forEach(function (m) {
    var w = typeof m.word === 'string' ? m.word : '';
    if (!w || seen[w]) return;
    seen[w] = true;
    var count = sensitive.filter(function (x) { return x.word === w; }).length;
    var at = text.indexOf(w);
    var where = sensitive.filter(function (x) { return x.word === w; }).map(function (x) { return FIELD_NAMES[x.field] || ''; })
      .filter(function (f, i, all) { return f && all.indexOf(f) === i; }).join('、');
    var li = h('li', [h('strong', { text: w }), '（' + (where ? where + '，' : '') + count + ' 处）']);
    if (at >= 0) {
      li.append('：…', text.slice(Math.max(0, at - 12), at).replace(/\s+/g, ' '), h('mark', { text: w }),
        text.slice(at + w.length, at + w.length + 12).replace(/\s+/g, ' '), '…');
    }
    ul.append(li);
  });
}

function words(list) {
  return list.map(function (m) { return m.word; }).filter(function (w, i, all) { return all.indexOf(w) === i; }).sort().join('\n');
}

// ---- near-duplicates: published articles whose text this version nearly repeats (a warning, not a block) ----
function showNearDuplicates(list) {
  var found = Array.isArray(list) ? list : [];
  var box = $('nr-duplicates'), ul = $('duplicates-list');
  ul.textContent = '';
  box.hidden = found.length === 0;
  $('duplicates-text').textContent = found.length
    ? '本稿与以下 ' + found.length + ' 篇已发布文章近似重复（5 字片段的 Jaccard 相似度 ≥ 0.95），请确认是否仍要提交或发布：'
    : '';
  found.forEach(function (d) {
    var pct = typeof d.jaccard === 'number' ? (d.jaccard * 100).toFixed(1) + '%' : '';
    ul.append(h('li', [h('a', { href: d.url, text: d.title || ('#' + d.id) }), '（#' + d.id + '，相似度 ' + pct + '）']));
  });
}

// ---- transitions ----
var NEEDS_REASON = { 'return': true, withdraw: true };
// the API asks for the acknowledgement on these when the article has sensitive words
var ACK_ACTIONS = ['submit', 'approve', 'publish'];
function showActions(actions) {
  var box = $('actions');
  box.textContent = '';
  (Array.isArray(actions) ? actions : []).forEach(function (a) {
    if (a === 'save' || a === 'delete') return;
    box.append(h('button', { type: 'button', 'data-action': a, text: N.ACTION[a] || a, onclick: function () { transition(a); } }), ' ');
  });
}

async function transition(action) {
  alertEl.textContent = '';
  if (NEEDS_REASON[action] && !$('reason').value.trim()) {
    alertEl.textContent = '请填写原因。';
    $('reason').setAttribute('aria-invalid', 'true');
    $('reason').focus();
    return;
  }
  var needsAck = ACK_ACTIONS.indexOf(action) >= 0;
  if (needsAck && sensitive.length && !$('ack-sensitive').checked) {
    alertEl.textContent = '稿件含有敏感词，请核实后勾选确认再' + (N.ACTION[action] || action) + '。';
    $('ack-sensitive').focus();
    return;
  }
  if (dirty && ['submit', 'approve', 'publish'].indexOf(action) >= 0) {
    if (!(await save())) return;
    if (needsAck && sensitive.length && !$('ack-sensitive').checked) {
      alertEl.textContent = '保存后发现敏感词，请核实后勾选确认再提交。';
      $('ack-sensitive').focus();
      return;
    }
  }
  var body = { action: action, version: version, acknowledgeSensitive: $('ack-sensitive').checked };
  if (NEEDS_REASON[action]) body.reason = $('reason').value.trim();
  var at = N.zonedToRfc3339($('publish-at').value, zone);
  if (action === 'publish' && at) body.publishAt = at;
  var buttons = $('actions').querySelectorAll('button');
  buttons.forEach(function (b) { b.disabled = true; });
  try {
    var r = await N.api(base, 'POST', '/api/newsroom/articles/' + id + '/transitions', body);
    $('reason').value = '';
    $('reason').removeAttribute('aria-invalid');
    await load();
    say((N.ACTION[action] || action) + '：完成。' + statusEl.textContent + (r.status === 'scheduled' ? '（将在发布时间自动发布）' : ''));
  } catch (e) {
    buttons.forEach(function (b) { b.disabled = false; });
    if (e.status === 409 && e.code === 'version_conflict') showConflict(e.body && e.body.current ? e.body.current : null, fields());
    else fail(e);
  }
}

// ---- media ----
function mediaUrl(u) { return /^https?:|^\//.test(u) ? u : base + '/' + u; }

function setCover(c) {
  cover = c;
  var img = $('cover-preview');
  if (c) {
    img.src = mediaUrl(c.url || ('media/' + c.hash + '-400.jpg'));
    img.alt = c.alt ? '封面：' + c.alt : '封面图片';
    img.onerror = function () { if (/\.jpg$/.test(img.src)) img.src = img.src.replace(/\.jpg$/, '.png'); };
  }
  img.hidden = !c;
  $('cover-none').hidden = !!c;
  $('cover-remove').hidden = !c;
}

$('cover-remove').addEventListener('click', function () { setCover(null); markDirty(); $('media-file').focus(); });

function insertImage(item) {
  var range = quill.getSelection(true);
  var at = range ? range.index : quill.getLength();
  var src = mediaUrl(item.sizes && item.sizes.large ? item.sizes.large : item.url);
  quill.insertEmbed(at, 'image', src, 'user');
  quill.setSelection(at + 1, 0, 'silent');
  quill.root.querySelectorAll('img').forEach(function (i) { if (i.getAttribute('src') === src && !i.alt) i.alt = item.alt || ''; });
  markDirty();
}

function libraryItem(item) {
  var small = mediaUrl(item.sizes && item.sizes.small ? item.sizes.small : item.url);
  return h('li', [h('img', { src: small, alt: item.alt || '', width: 120 }),
    h('button', { type: 'button', text: '设为封面', 'aria-label': '设为封面：' + (item.alt || item.hash),
      onclick: function () { setCover({ hash: item.hash, url: item.sizes && item.sizes.small ? item.sizes.small : item.url, alt: item.alt }); markDirty(); say('已设为封面：' + (item.alt || '')); } }),
    h('button', { type: 'button', text: '插入正文', 'aria-label': '插入正文：' + (item.alt || item.hash),
      onclick: function () { insertImage(item); say('已插入正文：' + (item.alt || '')); } })]);
}

var libCursor = null;
async function openLibrary(more) {
  var lib = $('media-library'), ul = lib.querySelector('ul');
  if (!more) {
    if (!lib.hidden) { lib.hidden = true; $('media-open').setAttribute('aria-expanded', 'false'); return; }
    ul.textContent = '';
    libCursor = null;
  }
  try {
    var data = await N.api(base, 'GET', '/api/newsroom/media' + (libCursor ? '?cursor=' + encodeURIComponent(libCursor) : ''));
    (Array.isArray(data.items) ? data.items : []).forEach(function (i) { ul.append(libraryItem(i)); });
    libCursor = typeof data.nextCursor === 'string' && data.nextCursor ? data.nextCursor : null;
    $('media-more').hidden = !libCursor;
    lib.hidden = false;
    $('media-open').setAttribute('aria-expanded', 'true');
    if (!ul.children.length) $('media-status').textContent = '图库中还没有图片。';
  } catch (e) {
    fail(e);
  }
}
$('media-open').addEventListener('click', function () { openLibrary(false); });
$('media-more').addEventListener('click', function () { openLibrary(true); });

$('media-upload').addEventListener('click', async function () {
  var file = $('media-file').files[0], alt = $('media-alt').value.trim();
  alertEl.textContent = '';
  if (!file) { alertEl.textContent = '请先选择图片文件。'; $('media-file').focus(); return; }
  if (!alt) { alertEl.textContent = '请填写图片说明（替代文字）。'; $('media-alt').setAttribute('aria-invalid', 'true'); $('media-alt').focus(); return; }
  $('media-alt').removeAttribute('aria-invalid');
  var data = new FormData();
  data.append('file', file);
  data.append('alt', alt);
  $('media-upload').disabled = true;
  $('media-status').textContent = '正在上传…';
  try {
    var item = await N.api(base, 'POST', '/api/newsroom/media', undefined, data);
    $('media-file').value = '';
    $('media-alt').value = '';
    var ul = $('media-library').querySelector('ul');
    ul.prepend(libraryItem(item));
    $('media-library').hidden = false;
    $('media-open').setAttribute('aria-expanded', 'true');
    if (!cover) {
      setCover({ hash: item.hash, url: item.sizes && item.sizes.small ? item.sizes.small : item.url, alt: item.alt });
      markDirty();
      $('media-status').textContent = '已上传，并设为封面：' + item.alt;
    } else {
      $('media-status').textContent = '已上传：' + item.alt;
    }
  } catch (e) {
    $('media-status').textContent = '';
    fail(e);
  } finally {
    $('media-upload').disabled = false;
  }
});

// ---- start ----
(async function () {
  try {
    if (id) {
      await load();
    } else {
      say('新稿件：保存后成为草稿。');
      showActions([]);
    }
    await offerRestore();
  } catch (e) {
    if (e.status === 404) {
      alertEl.textContent = '稿件 #' + id + ' 不存在或已删除。';
      form.hidden = true;
    } else {
      fail(e);
    }
  }
  form.setAttribute('data-ready', 'true');
})();
})();
