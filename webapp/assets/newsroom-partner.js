/* One partner's delivery log on {context}/newsroom/partners/{id}, against /api/admin/deliveries: newest first,
 * keyset-paged ("更早的记录"), redeliver on each delivery the API marks redeliverable (finished, and no newer
 * delivery of its article), and a backfill of the partner's newest items. A delivery is named 投递 #id. */
(function () {
'use strict';

var root = document.getElementById('newsroom-partner');
if (!root || !window.InkstoneAdmin) return;
var A = window.InkstoneAdmin, h = A.h;
var base = (root.getAttribute('data-base') || '').replace(/\/+$/, '');
var partner = root.getAttribute('data-partner');
var status = document.getElementById('partner-status');
var tbody = root.querySelector('#deliveries-table tbody');
var more = document.getElementById('deliveries-more');
var next = null;
var STATUS = { queued: '排队中', sending: '发送中', delivered: '已送达', failed: '失败', superseded: '已被新版本取代' };

var call = (method, path, body) => A.api(base, method, '/api/admin/deliveries' + path, body);

async function load(append) {
  var q = '?partner=' + encodeURIComponent(partner) + '&size=50' + (append && next ? '&cursor=' + encodeURIComponent(next) : '');
  var data = await A.run(status, append ? more : null, () => call('GET', q));
  if (!data) return;
  if (!append) tbody.textContent = '';
  data.items.forEach((d) => tbody.appendChild(row(d)));
  if (!append && !data.items.length) {
    tbody.appendChild(h('tr', null, [h('td', { colspan: '9' }, ['还没有投递记录。'])]));
  }
  next = data.nextCursor;
  more.hidden = !next;
}

function times(d) {
  var out = ['创建 ' + A.time(d.createdAt)];
  if (d.lastAttemptAt) out.push('最近尝试 ' + A.time(d.lastAttemptAt));
  if (d.finishedAt) out.push('结束 ' + A.time(d.finishedAt));
  else if (d.status === 'queued') out.push('下次尝试 ' + A.time(d.nextAttemptAt));
  return out.join('；');
}

function row(d) {
  var cells = [
    h('td', null, ['#' + d.id]),
    h('td', null, [h('a', { href: base + '/articles/' + d.articleId }, [String(d.articleId)])]),
    h('td', null, [String(d.version) + (d.pubstatus === 'canceled' ? '（撤稿通知）' : '')]),
    h('td', null, [d.status === 'failed' ? h('strong.nr-alert', null, [STATUS[d.status]]) : (STATUS[d.status] || d.status)]),
    h('td', null, [String(d.attempts)]),
    h('td', null, [d.lastCode == null ? '—' : String(d.lastCode)]),
    h('td', null, [d.lastError || '—']),
    h('td', null, [times(d)])
  ];
  var actions = h('td');
  if (d.redeliverable) {
    var again = h('button', { type: 'button', 'aria-label': '重新投递（投递 #' + d.id + '）' }, ['重新投递']);
    again.addEventListener('click', async () => {
      var r = await A.run(status, again, () => call('POST', '/' + d.id + '/redeliver'));
      if (r) {
        await load(false);
        status.textContent = '已重新排队投递 #' + d.id + '（稿件 ' + d.articleId + '，版本 ' + d.version + '；接收方看到的投递标识 uid 不变）。';
      }
    });
    actions.appendChild(again);
  }
  cells.push(actions);
  return h('tr', null, cells);
}

more.addEventListener('click', () => load(true));

var form = document.getElementById('backfill-form');
var formError = document.getElementById('backfill-error');
form.addEventListener('submit', async (ev) => {
  ev.preventDefault();
  var count = parseInt(form.elements.count.value, 10);
  var r = await A.run(formError, form.querySelector('button'),
    () => call('POST', '/backfill', { partner: Number(partner), count: count }));
  if (r) {
    await load(false);
    status.textContent = '已排队补发 ' + r.queued + ' 篇。';
  }
});

load(false);
})();
