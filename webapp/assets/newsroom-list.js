/* The newsroom list (/newsroom: #nr-list) and the queues (/newsroom/review, /newsroom/scheduled: #nr-queue), loaded
 * from GET /api/newsroom/articles. The list's filters are in the page's URL; the next page is a link with the API's
 * keyset cursor. */
(function () {
'use strict';

var N = window.InkNewsroom, h = N.h;
var alertEl = document.getElementById('nr-alert');

function showError(base, e) {
  alertEl.textContent = '';
  if (e.status === 401) {
    alertEl.append('登录已过期，请', h('a', { href: N.loginHref(base), text: '重新登录' }), '。');
  } else {
    alertEl.textContent = N.describe(e);
  }
}

function row(base, a, zone, extra) {
  var channel = a.channel && typeof a.channel === 'object' ? a.channel : {};
  var author = a.author && typeof a.author === 'object' ? a.author : {};
  var status = N.statusLabel(a);
  if (a.status === 'in_review' && a.reviewLevel) status += ' · ' + N.levelName(a.reviewLevel);
  return h('tr', [
    h('td', [h('a', { href: base + '/newsroom/articles/' + encodeURIComponent(a.id) + '/edit', text: a.title || '（无标题）' })]),
    h('td', { text: status }),
    h('td', { text: channel.name || channel.id || '' }),
    h('td', [author.id != null ? h('a', { href: base + '/newsroom?author=' + encodeURIComponent(author.id), text: author.displayName || '#' + author.id }) : '']),
    h('td', [N.time(extra ? a.publishAt || a.updatedAt : a.updatedAt, zone)]),
    h('td', [h('a', { href: base + '/newsroom/articles/' + encodeURIComponent(a.id) + '/history', text: '历史',
      'aria-label': '稿件 #' + a.id + ' 的历史' })])
  ]);
}

function table(caption, timeHeading) {
  var tbody = h('tbody');
  var t = h('table.nr-table', [h('caption', { text: caption }), h('thead', [h('tr', ['标题', '状态', '栏目', '作者', timeHeading, '操作']
    .map(function (x) { return h('th', { scope: 'col', text: x }); }))]), tbody]);
  return { table: t, tbody: tbody };
}

var list = document.getElementById('nr-list');
if (list) {
  var base = (list.getAttribute('data-base') || '').replace(/\/+$/, '');
  var zone = list.getAttribute('data-zone') || 'Asia/Shanghai';
  (async function () {
    list.setAttribute('aria-busy', 'true');
    try {
      var data = await N.api(base, 'GET', '/api/newsroom/articles?' + list.getAttribute('data-api-query'));
      var tbody = list.querySelector('tbody');
      (Array.isArray(data.items) ? data.items : []).forEach(function (a) { tbody.append(row(base, a, zone)); });
      list.querySelector('.empty').hidden = tbody.rows.length > 0;
      if (typeof data.nextCursor === 'string' && data.nextCursor) {
        var next = list.querySelector('.nr-next');
        var first = list.getAttribute('data-first');
        next.href = base + '/newsroom?' + (first ? first + '&' : '') + 'cursor=' + encodeURIComponent(data.nextCursor);
        next.hidden = false;
      }
      var counts = document.getElementById('nr-counts');
      var c = data.counts && typeof data.counts === 'object' ? data.counts : {};
      Object.keys(N.STATUS).forEach(function (s) {
        counts.append(h('li', [h('a', { href: base + '/newsroom?status=' + s, text: N.STATUS[s] }), '：',
          h('span', { 'data-status': s, text: String(typeof c[s] === 'number' ? c[s] : 0) })]));
      });
    } catch (e) {
      showError(base, e);
    } finally {
      list.removeAttribute('aria-busy');
    }
  })();
}

var queue = document.getElementById('nr-queue');
if (queue) {
  var qbase = (queue.getAttribute('data-base') || '').replace(/\/+$/, '');
  var qzone = queue.getAttribute('data-zone') || 'Asia/Shanghai';
  var review = queue.getAttribute('data-queue') === 'review';
  (async function () {
    queue.setAttribute('aria-busy', 'true');
    try {
      if (review) {
        var waiting = await N.api(qbase, 'GET', '/api/newsroom/articles?waiting=true&size=100');
        var all = await N.api(qbase, 'GET', '/api/newsroom/articles?status=in_review&size=100');
        section('待我审核', waiting.items, '更新时间', 'nr-waiting');
        var byLevel = {};
        (Array.isArray(all.items) ? all.items : []).forEach(function (a) { (byLevel[a.reviewLevel || 1] = byLevel[a.reviewLevel || 1] || []).push(a); });
        var levels = Object.keys(byLevel).map(Number).sort();
        if (!levels.length) queue.append(h('p.empty', { text: '没有审核中的稿件。' }));
        levels.forEach(function (n) { section(N.levelName(n), byLevel[n], '更新时间', 'nr-level-' + n); });
      } else {
        var scheduled = await N.api(qbase, 'GET', '/api/newsroom/articles?status=scheduled&size=100');
        // list items carry no publish time: read it from each article
        var items = await Promise.all((Array.isArray(scheduled.items) ? scheduled.items : []).map(async function (a) {
          var full = await N.api(qbase, 'GET', '/api/newsroom/articles/' + encodeURIComponent(a.id));
          return Object.assign({}, a, { publishAt: full.publishAt });
        }));
        items = items
          .sort(function (a, b) { return (Date.parse(a.publishAt) || 0) - (Date.parse(b.publishAt) || 0); });
        section('等待发布的稿件', items, '发布时间', 'nr-scheduled', true);
      }
    } catch (e) {
      showError(qbase, e);
    } finally {
      queue.removeAttribute('aria-busy');
    }
  })();

  function section(title, items, timeHeading, id, scheduledTimes) {
    items = Array.isArray(items) ? items : [];
    var t = table(title, timeHeading);
    items.forEach(function (a) { t.tbody.append(row(qbase, a, qzone, scheduledTimes)); });
    queue.append(h('section', { id: id, 'aria-labelledby': id + '-h' }, [h('h2', { id: id + '-h', text: title + '（' + items.length + '）' }),
      items.length ? t.table : h('p.empty', { text: '没有稿件。' })]));
  }
}
})();
