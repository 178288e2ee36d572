/* 推荐位管理 on {context}/newsroom/picks, against /api/admin/picks. */
(function () {
'use strict';

var root = document.getElementById('newsroom-picks');
if (!root || !window.InkstoneAdmin || !window.InkNewsroom) return;
var A = window.InkstoneAdmin, h = A.h, N = window.InkNewsroom;
var base = (root.getAttribute('data-base') || '').replace(/\/+$/, '');
var zone = root.getAttribute('data-zone') || 'Asia/Shanghai';
var status = document.getElementById('picks-status');
var tbody = root.querySelector('#picks-table tbody');
var caption = document.getElementById('picks-caption');
var scope = document.getElementById('picks-channel');
var items = [];

var call = (method, path, body) => A.api(base, method, '/api/admin/picks' + path, body);
var channel = () => scope.value || null;

/** datetime-local value read in the site zone (as the editor's 发布时间) to RFC 3339 with the zone's offset; '' to null. */
function isoOrNull(local) {
  return N.zonedToRfc3339(local, zone);
}

/** RFC 3339 to a datetime-local value (minutes) in the site zone; '' for none. */
function localValue(iso) {
  return N.toZonedLocal(iso, zone).slice(0, 16);
}

async function load() {
  var c = channel();
  var data = await A.run(status, null, () => call('GET', c ? '?channel=' + encodeURIComponent(c) : ''));
  if (!data) return;
  items = data.items;
  caption.textContent = data.channel ? '栏目推荐：' + data.channel.name : '全站推荐';
  render();
}

function render() {
  tbody.textContent = '';
  if (!items.length) {
    tbody.appendChild(h('tr', null, [h('td', { colSpan: 4 }, ['暂无推荐。'])]));
    return;
  }
  items.forEach((p, i) => {
    var posId = 'pick-position-' + p.id, expId = 'pick-expires-' + p.id;
    var pos = h('input', { id: posId, type: 'number', min: 0, max: 1000, value: p.position });
    var exp = h('input', { id: expId, type: 'datetime-local', value: localValue(p.expiresAt) });
    var save = h('button', { type: 'button', 'aria-label': '保存 #' + p.id }, ['保存']);
    save.addEventListener('click', () => A.run(status, save, () => call('PUT', '/' + p.id,
      { position: Number(pos.value), expiresAt: isoOrNull(exp.value) }), '已保存。').then(load));
    var up = h('button', { type: 'button', disabled: i === 0, 'aria-label': '上移 #' + p.id }, ['上移']);
    var down = h('button', { type: 'button', disabled: i === items.length - 1, 'aria-label': '下移 #' + p.id }, ['下移']);
    up.addEventListener('click', () => move(i, -1, up));
    down.addEventListener('click', () => move(i, 1, down));
    var del = h('button', { type: 'button', 'aria-label': '移除 #' + p.id }, ['移除']);
    del.addEventListener('click', () => A.run(status, del, () => call('DELETE', '/' + p.id), '已移除。').then(load));
    tbody.appendChild(h('tr', null, [
      h('td', null, [h('label.sr', { htmlFor: posId }, ['位置 #' + p.id]), pos]),
      h('td', null, [h('a', { href: base + '/articles/' + p.article.id }, [p.article.title]), '（#' + p.article.id + '）']),
      h('td', null, [h('label.sr', { htmlFor: expId }, ['到期时间 #' + p.id]), exp]),
      h('td', null, [save, ' ', up, ' ', down, ' ', del])
    ]));
  });
}

function move(index, step, button) {
  var ids = items.map((p) => p.id);
  var t = ids[index]; ids[index] = ids[index + step]; ids[index + step] = t;
  A.run(status, button, () => call('PUT', '/order', { channel: channel(), ids: ids }), '已调整顺序。').then(load);
}

document.getElementById('picks-scope').addEventListener('submit', (ev) => { ev.preventDefault(); load(); });

var form = document.getElementById('pick-form');
var formError = document.getElementById('pick-form-error');
form.addEventListener('submit', async (ev) => {
  ev.preventDefault();
  var id = form.elements.articleId.value.trim();
  if (!/^[1-9][0-9]{0,17}$/.test(id)) { formError.textContent = '文章编号应为正整数。'; return; }
  var body = { channel: channel(), articleId: Number(id), position: Number(form.elements.position.value),
    expiresAt: isoOrNull(form.elements.expiresAt.value) };
  var r = await A.run(formError, form.querySelector('button'), () => call('POST', '', body));
  if (r) {
    form.reset();
    status.textContent = '已添加。';
    load();
  }
});

load();
})();
