/* 合作媒体 on {context}/newsroom/partners, against /api/admin/partners. Credentials (pull key, signing secret) are
 * shown once, in the page, right after they were made; nothing here stores them. */
(function () {
'use strict';

var root = document.getElementById('newsroom-partners');
if (!root || !window.InkstoneAdmin) return;
var A = window.InkstoneAdmin, h = A.h;
var base = (root.getAttribute('data-base') || '').replace(/\/+$/, '');
var status = document.getElementById('partners-status');
var tbody = root.querySelector('#partners-table tbody');
var channelSelect = document.getElementById('partner-channels');
var secretBox = document.getElementById('partners-secret');
var secretList = document.getElementById('partners-secret-list');
var channelNames = {};
Array.prototype.forEach.call(channelSelect.options, (o) => { channelNames[o.value] = o.textContent.replace(/^— /, ''); });
var formats = { 'ninjs': 'ninjs', 'newsml-g2': 'NewsML-G2' };

var call = (method, path, body) => A.api(base, method, '/api/admin/partners' + path, body);

/** Shows credentials once: each as selectable text in a <code>, with a heading naming the partner. */
function showOnce(title, pairs) {
  secretList.textContent = '';
  pairs.forEach((p) => {
    secretList.appendChild(h('dt', null, [p[0]]));
    secretList.appendChild(h('dd', null, [h('code', { text: p[1] })]));
  });
  document.getElementById('partners-secret-title').textContent = title;
  secretBox.hidden = false;
  secretBox.focus();
}

async function load() {
  var data = await A.run(status, null, () => call('GET', ''));
  if (!data) return;
  tbody.textContent = '';
  data.items.forEach((p) => tbody.appendChild(row(p)));
}

function state(p) {
  var parts = [p.paused ? (p.pausedReason === 'failing' ? '已自动暂停' : '已暂停') : '推送中'];
  if (!p.endpoint) parts = ['只拉取'];
  if (p.failingSince) parts.push('推送失败（自 ' + A.time(p.failingSince) + ' 起）');
  return parts.join('，');
}

function row(p) {
  var name = p.name;
  var toggle = h('button', { type: 'button', 'aria-label': (p.paused ? '恢复 ' : '暂停 ') + name }, [p.paused ? '恢复' : '暂停']);
  toggle.addEventListener('click', async () => {
    var r = await A.run(status, toggle, () => call('POST', '/' + p.id + (p.paused ? '/resume' : '/pause')));
    if (r) {
      await load();
      status.textContent = p.paused ? '已恢复推送给 ' + name + '。' : '已暂停推送给 ' + name + '（拉取不受影响）。';
    }
  });
  var secret = h('button', { type: 'button', 'aria-label': '更换签名密钥 ' + name }, ['更换签名密钥']);
  secret.addEventListener('click', async () => {
    if (!window.confirm('确定更换 ' + name + ' 的签名密钥？旧密钥在宽限期内仍会同时签名。')) return;
    var r = await A.run(status, secret, () => call('POST', '/' + p.id + '/rotate-secret'));
    if (r) {
      await load();
      showOnce(name + ' 的新签名密钥', [['签名密钥', r.secret]].concat(r.previousSecretUntil ? [['旧密钥停止签名', A.time(r.previousSecretUntil)]] : []));
    }
  });
  var key = h('button', { type: 'button', 'aria-label': '更换拉取密钥 ' + name }, ['更换拉取密钥']);
  key.addEventListener('click', async () => {
    if (!window.confirm('确定更换 ' + name + ' 的拉取密钥？旧密钥立即失效。')) return;
    var r = await A.run(status, key, () => call('POST', '/' + p.id + '/rotate-key'));
    if (r) {
      await load();
      showOnce(name + ' 的新拉取密钥', [['拉取密钥', r.key]]);
    }
  });
  var channels = p.channels && p.channels.length ? p.channels.map((c) => channelNames[c] || c).join('、') : '全部栏目';
  var flag = p.failingSince ? h('strong.nr-alert', null, [state(p)]) : document.createTextNode(state(p));
  return h('tr', null, [
    h('td', null, [h('a', { href: base + '/newsroom/partners/' + p.id }, [name])]),
    h('td', null, [formats[p.format] || p.format]),
    h('td', null, [p.endpoint || '（无）']),
    h('td', null, [channels]),
    h('td', null, [flag]),
    h('td', null, [toggle, ' ', secret, ' ', key])
  ]);
}

var form = document.getElementById('partner-form');
var formError = document.getElementById('partner-form-error');
form.addEventListener('submit', async (ev) => {
  ev.preventDefault();
  var chosen = Array.prototype.filter.call(channelSelect.options, (o) => o.selected).map((o) => o.value);
  var endpoint = form.elements.endpoint.value.trim();
  var body = { name: form.elements.name.value.trim(), endpoint: endpoint || null, format: form.elements.format.value, channels: chosen };
  var created = await A.run(formError, form.querySelector('button'), () => call('POST', '', body));
  if (created) {
    form.reset();
    await load();
    status.textContent = '已登记 ' + body.name + '。';
    showOnce(body.name + ' 的密钥（只显示这一次）', [['拉取密钥', created.key], ['签名密钥', created.secret]]);
  }
});

load();
})();
